namespace SmartReview.Host.Auth;

/// <summary>A local demo user: id, display name, one role, its facility (facility users only) and a password hash.</summary>
internal sealed record DemoUser(string Id, string Name, string Role, string? Facility, string PasswordHash);
