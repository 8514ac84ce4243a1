using SmartReview.Review;

namespace SmartReview.Application.Ports;

/// <summary>
/// One cookie sign-in, as the server keeps it: its id (carried in the cookie), the user, and the role and facility it
/// was issued for. Ending it (logout) deletes it; a cookie whose session is gone is refused.
/// </summary>
public sealed record SignInSession(string Id, string UserId, Role Role, string? Facility, DateTimeOffset StartedUtc);
