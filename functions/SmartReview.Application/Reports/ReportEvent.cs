using SmartReview.Application.Cases;
using SmartReview.Review;

namespace SmartReview.Application.Reports;

/// <summary>One event of one case, for the decisions export.</summary>
public sealed record ReportEvent(CaseKey Key, CaseEvent Event);
