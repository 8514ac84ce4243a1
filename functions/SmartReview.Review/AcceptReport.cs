namespace SmartReview.Review;

/// <summary>
/// First review of a self-inspection report (a Reviewer): accept the facility's voluntary refund as it reported it.
/// The case closes confirmed for the refund, which is due in the ledger as a recovery.
/// </summary>
public sealed record AcceptReport(string Reason) : CaseCommand;
