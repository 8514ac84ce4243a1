using System.Security.Claims;
using SmartReview.Application.Check;
using SmartReview.Edge.Auth;
using SmartReview.Edge.Check;
using SmartReview.Host.Auth;

namespace SmartReview.Host.Api;

/// <summary><c>POST /api/check</c> (<see cref="CheckApi"/>): reviewers, supervisors, administrators and facility users (their own facility's settlements).</summary>
internal static class CheckEndpoints
{
    public static IEndpointRouteBuilder MapCheck(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/check", CheckAsync).RequireAuthorization(Policies.Check);
        return app;
    }

    private static Task<IResult> CheckAsync(HttpRequest request, ClaimsPrincipal user, SignedIn signedIn, RealTimeCheck check, TimeProvider clock,
        CancellationToken cancel) =>
        CheckApi.CheckAsync(request, signedIn.Actor(user), check, clock, cancel);
}
