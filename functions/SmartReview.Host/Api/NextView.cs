namespace SmartReview.Host.Api;

/// <summary>The answer of <c>GET /api/cases/next</c>: the key of the case now claimed by the caller.</summary>
internal sealed record NextView(string Key);
