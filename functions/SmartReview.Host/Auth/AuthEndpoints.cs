using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace SmartReview.Host.Auth;

/// <summary>
/// <c>POST /api/auth/login</c> (demo users, sets the cookie; 429 with Retry-After after 5 failures for one name or one
/// address within 5 minutes, see <see cref="LoginThrottle"/>), <c>POST /api/auth/logout</c>, <c>GET /api/me</c>.
/// </summary>
internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", LoginAsync).AllowAnonymous();
        app.MapPost("/api/auth/logout", (Delegate)LogoutAsync).AllowAnonymous();
        app.MapGet("/api/me", GetMe).RequireAuthorization(Policies.AnyRole);
        return app;
    }

    private static async Task<IResult> LoginAsync(LoginRequest login, DemoUsers users, SignedIn signedIn, LoginThrottle throttle, HttpContext http)
    {
        string name = login.User ?? "";
        string? address = http.Connection.RemoteIpAddress?.ToString();
        if (throttle.RetryAfter(name, address) is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed sign-ins",
                detail: "Wait until the time in Retry-After has passed, then try again.");
        }

        if (users.SignIn(name, login.Password ?? "") is not { } user)
        {
            throttle.Failed(name, address);
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Wrong user or password");
        }

        ClaimsPrincipal principal = signedIn.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return Results.Ok(MeOf(principal, signedIn));
    }

    private static async Task<IResult> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.NoContent();
    }

    private static IResult GetMe(ClaimsPrincipal user, SignedIn signedIn) => Results.Ok(MeOf(user, signedIn));

    private static Me? MeOf(ClaimsPrincipal user, SignedIn signedIn) =>
        signedIn.Actor(user) is { } actor ? new Me(actor.Id, user.FindFirst("name")?.Value, actor.Role, actor.FacilityId) : null;
}
