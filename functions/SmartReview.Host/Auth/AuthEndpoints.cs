using System.Globalization;
using System.Security.Claims;
using SmartReview.Edge.Auth;

namespace SmartReview.Host.Auth;

/// <summary>
/// <c>POST /api/auth/login</c> (demo users, sets the cookie; 429 with Retry-After after 5 failures for one name within
/// 5 minutes; an address is slowed, never locked, see <see cref="LoginThrottle"/>), <c>POST /api/auth/logout</c> (ends the session on the server,
/// <see cref="SessionCheck"/>), <c>GET /api/me</c>.
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

    private static async Task<IResult> LoginAsync(LoginRequest login, DemoSignIn demo, SignedIn signedIn, HttpContext http)
    {
        DemoSignInResult result = await demo.SignInAsync(http, login.User ?? "", login.Password ?? "");
        if (result.RetryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed sign-ins",
                detail: "Wait until the time in Retry-After has passed, then try again.");
        }

        return result.Principal is { } principal
            ? Results.Ok(MeOf(principal, signedIn))
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Wrong user or password");
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, DemoSignIn demo)
    {
        await demo.SignOutAsync(http);
        return Results.NoContent();
    }

    private static IResult GetMe(ClaimsPrincipal user, SignedIn signedIn) => Results.Ok(MeOf(user, signedIn));

    private static Me? MeOf(ClaimsPrincipal user, SignedIn signedIn) =>
        signedIn.Actor(user) is { } actor ? new Me(actor.Id, user.FindFirst("name")?.Value, actor.Role, actor.FacilityId) : null;
}
