using System.Security.Claims;
using SmartReview.Review;

namespace SmartReview.Host.Auth;

/// <summary>Who is signed in, as the review flow's <see cref="Actor"/>: id, role and facility from the claims, never from a request body.</summary>
internal sealed class SignedIn(AuthSettings settings)
{
    public Actor? Actor(ClaimsPrincipal user)
    {
        string? id = user.FindFirst(settings.IdClaim)?.Value;
        string? role = RoleNames.All.FirstOrDefault(user.IsInRole);
        if (string.IsNullOrEmpty(id) || role is null)
        {
            return null;
        }

        string? facility = role == RoleNames.Facility ? user.FindFirst(settings.FacilityClaim)?.Value : null;
        return role == RoleNames.Facility && string.IsNullOrEmpty(facility) ? null : new Actor(id, RoleNames.ToReview(role), facility);
    }

    /// <summary>The identity a demo user signs in with, in the same claim names as a token's.</summary>
    public ClaimsPrincipal Principal(DemoUser user, string scheme)
    {
        List<Claim> claims = [new(settings.IdClaim, user.Id), new(settings.RoleClaim, user.Role), new("name", user.Name)];
        if (user.Facility is { } facility)
        {
            claims.Add(new Claim(settings.FacilityClaim, facility));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, settings.IdClaim, settings.RoleClaim));
    }
}
