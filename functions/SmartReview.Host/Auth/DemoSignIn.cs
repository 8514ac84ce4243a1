using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using SmartReview.Edge.Auth;

namespace SmartReview.Host.Auth;

/// <summary>
/// A demo user's sign-in, for <c>POST /api/auth/login</c> and the login page alike: slowed while its address has many
/// failures, turned away while <see cref="LoginThrottle"/> holds the name, a failure counted there, a success given the cookie and a
/// server-side session (<see cref="SessionCheck"/>); signing out ends that session.
/// </summary>
internal sealed class DemoSignIn(DemoUsers users, SignedIn signedIn, LoginThrottle throttle, SessionCheck sessions)
{
    public async Task<DemoSignInResult> SignInAsync(HttpContext http, string user, string password)
    {
        string? address = http.Connection.RemoteIpAddress?.ToString();
        if (throttle.Delay(address) is { Ticks: > 0 } delay)
        {
            await Task.Delay(delay, http.RequestAborted);
        }

        if (throttle.RetryAfter(user) is { } wait)
        {
            return new DemoSignInResult(null, wait);
        }

        if (users.SignIn(user, password) is not { } known)
        {
            throttle.Failed(user, address);
            return new DemoSignInResult(null, null);
        }

        ClaimsPrincipal principal = signedIn.Principal(known.Id, known.Role, known.Name, known.Facility, CookieAuthenticationDefaults.AuthenticationScheme);
        await sessions.StartAsync(known, principal, http.RequestAborted);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return new DemoSignInResult(principal, null);
    }

    /// <summary>Ends the caller's cookie session on the server (no later request with that cookie is accepted) and clears the cookie.</summary>
    public async Task SignOutAsync(HttpContext http)
    {
        await sessions.EndAsync(http.User, http.RequestAborted);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
