namespace SmartReview.Review;

/// <summary>
/// One ledger entry an event causes: the amount recovered from a facility under a rule, booked in the month
/// (yyyy-MM, China time) of the event. A negative amount reverses an earlier posting.
/// </summary>
public sealed record LedgerPosting(string FacilityId, string RuleId, string Month, string CaseId, int Sequence, decimal Amount);
