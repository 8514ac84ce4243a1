namespace SmartReview.Host.Api;

/// <summary>The body of <c>POST /api/cases/{key}/assign</c>: the user the case goes to.</summary>
internal sealed record AssignRequest(string? UserId);
