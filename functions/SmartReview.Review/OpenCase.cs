namespace SmartReview.Review;

/// <summary>
/// A case a person opens by hand (<see cref="ReviewFlow.OpenByHand"/>): a supervisor's finding from an inspection, a
/// tip or a random sample, or a facility's self-inspection report with its voluntary refund. <see cref="Amount"/> is
/// the loss found (or the refund), <see cref="Statement"/> the finding in words a reviewer can check;
/// <see cref="SettlementId"/> names the settlement concerned, when there is one.
/// </summary>
public sealed record OpenCase(CaseOrigin Origin, string FacilityId, decimal Amount, string Statement, string? SettlementId = null);
