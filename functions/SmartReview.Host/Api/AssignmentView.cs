using SmartReview.Application.Cases;

namespace SmartReview.Host.Api;

/// <summary>Who holds a case now (null after a release).</summary>
internal sealed record AssignmentView(string Key, CaseAssignment? Assignment);
