using Microsoft.Extensions.Configuration;

namespace SmartReview.Edge.Auth;

/// <summary>Which claims carry the user's id, roles and facility (<c>Auth:IdClaim</c>, <c>Auth:RoleClaim</c>, <c>Auth:FacilityClaim</c>).</summary>
public sealed record ClaimNames
{
    /// <summary>The claim holding the user's id (recorded as the actor of every decision).</summary>
    public string IdClaim { get; init; } = "sub";

    /// <summary>The claim holding the user's roles: reviewer, facility, panel, supervisor, admin.</summary>
    public string RoleClaim { get; init; } = "roles";

    /// <summary>The claim binding a facility user to its one facility.</summary>
    public string FacilityClaim { get; init; } = "facility";

    public static ClaimNames From(IConfiguration config) => config.GetSection("Auth").Get<ClaimNames>() ?? new ClaimNames();
}
