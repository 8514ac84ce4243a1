using SmartReview.Review;

namespace SmartReview.Host.Auth;

/// <summary>Who is signed in: id, name, the role acted in and the facility (facility users only).</summary>
internal sealed record Me(string Id, string? Name, Role Role, string? Facility);
