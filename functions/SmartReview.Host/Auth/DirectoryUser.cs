namespace SmartReview.Host.Auth;

/// <summary>
/// A user of <c>Auth:Users</c>, who may be given cases though they sign in with a token: id (as the token's id claim
/// carries it), role (one of the five role names) and facility (facility users only).
/// </summary>
internal sealed record DirectoryUser
{
    public string Id { get; init; } = "";

    public string Role { get; init; } = "";

    public string? Facility { get; init; }
}
