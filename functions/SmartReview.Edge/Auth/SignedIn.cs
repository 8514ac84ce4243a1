using System.Security.Claims;
using SmartReview.Review;

namespace SmartReview.Edge.Auth;

/// <summary>Who is signed in, as the review flow's <see cref="Actor"/>: id, role and facility from the claims, never from a request body.</summary>
public sealed class SignedIn(ClaimNames names)
{
    public ClaimNames Names => names;

    /// <summary>The actor, or null without an id, without one of the five roles, or a facility user without its facility.</summary>
    public Actor? Actor(ClaimsPrincipal user)
    {
        string? id = user.FindFirst(names.IdClaim)?.Value;
        string? role = RoleNames.All.FirstOrDefault(user.IsInRole);
        if (string.IsNullOrEmpty(id) || role is null)
        {
            return null;
        }

        string? facility = role == RoleNames.Facility ? user.FindFirst(names.FacilityClaim)?.Value : null;
        return role == RoleNames.Facility && string.IsNullOrEmpty(facility) ? null : new Actor(id, RoleNames.ToReview(role), facility);
    }

    /// <summary>An identity in the same claim names as a token's, e.g. for a demo user signing in to a cookie.</summary>
    public ClaimsPrincipal Principal(string id, string role, string name, string? facility, string scheme)
    {
        List<Claim> claims = [new(names.IdClaim, id), new(names.RoleClaim, role), new("name", name)];
        if (facility is not null)
        {
            claims.Add(new Claim(names.FacilityClaim, facility));
        }

        return Principal(claims, scheme);
    }

    /// <summary>An identity of <paramref name="claims"/> whose role and name claims are the configured ones.</summary>
    public ClaimsPrincipal Principal(IEnumerable<Claim> claims, string scheme) =>
        new(new ClaimsIdentity(claims, scheme, names.IdClaim, names.RoleClaim));
}
