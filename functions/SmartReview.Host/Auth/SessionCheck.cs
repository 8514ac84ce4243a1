using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Memory;
using SmartReview.Application.Ports;
using SmartReview.Edge.Auth;

namespace SmartReview.Host.Auth;

/// <summary>
/// Cookie sign-ins kept server-side (<see cref="ISignInSessions"/>, a table every instance shares): a demo user's sign-in
/// starts a session whose id the cookie carries (<see cref="Claim"/>), every request with the cookie checks it, and
/// logout ends it. A cookie is refused when its session has ended, or when the demo users now give its user another
/// role or facility (or none). A session read is trusted for <see cref="AuthSettings.SessionCacheSeconds"/> (at most
/// 5 s), so another instance refuses a logged-out cookie within that; the instance that logged it out, at once.
/// Bearer tokens are not checked here.
/// </summary>
internal sealed class SessionCheck(ISignInSessions sessions, DemoUsers users, SignedIn signedIn, IMemoryCache cache, AuthSettings settings,
    TimeProvider clock)
{
    /// <summary>The claim with the session id.</summary>
    public const string Claim = "sid";

    private readonly TimeSpan _trust = TimeSpan.FromSeconds(Math.Clamp(settings.SessionCacheSeconds, 0, 5));

    /// <summary>Starts a session for <paramref name="user"/> and adds its id to <paramref name="principal"/>.</summary>
    public async Task StartAsync(DemoUser user, ClaimsPrincipal principal, CancellationToken cancel)
    {
        string id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await sessions.StartAsync(new SignInSession(id, user.Id, RoleNames.ToReview(user.Role), FacilityOf(user), clock.GetUtcNow()), cancel);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(Claim, id));
    }

    /// <summary>Ends the session of <paramref name="principal"/>'s cookie, if it has one.</summary>
    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken cancel)
    {
        if (principal.FindFirst(Claim)?.Value is { Length: > 0 } id)
        {
            await sessions.EndAsync(id, cancel);
            cache.Set(Key(id), (SignInSession?)null, TimeSpan.FromSeconds(5));
        }
    }

    /// <summary>The cookie handler's check of every request: refuses (and clears) a cookie whose session no longer holds.</summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal && await HoldsAsync(principal, context.HttpContext.RequestAborted))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private async Task<bool> HoldsAsync(ClaimsPrincipal principal, CancellationToken cancel)
    {
        if (principal.FindFirst(Claim)?.Value is not { Length: > 0 } id || signedIn.Actor(principal) is not { } actor)
        {
            return false;
        }

        SignInSession? session = await FindAsync(id, cancel);
        return session is not null && session.UserId == actor.Id && users.Find(session.UserId) is { } now
            && RoleNames.ToReview(now.Role) == session.Role && FacilityOf(now) == session.Facility;
    }

    private async Task<SignInSession?> FindAsync(string id, CancellationToken cancel)
    {
        if (cache.TryGetValue(Key(id), out SignInSession? known))
        {
            return known;
        }

        SignInSession? read = await sessions.FindAsync(id, cancel);
        if (_trust > TimeSpan.Zero)
        {
            cache.Set(Key(id), read, _trust);
        }

        return read;
    }

    private static string? FacilityOf(DemoUser user) => user.Role == RoleNames.Facility ? user.Facility : null;

    private static string Key(string id) => "session:" + id;
}
