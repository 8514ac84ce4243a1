namespace SmartReview.Review;

/// <summary>
/// First review of a self-inspection report (a Reviewer): refuse the report as filed. The case closes dismissed with
/// nothing due; the report stays in the history. The facility may file a corrected report; a finding beyond what was
/// reported is an inspection case a supervisor opens (docs/decisions/0021).
/// </summary>
public sealed record RejectReport(string Reason) : CaseCommand;
