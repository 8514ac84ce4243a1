using System.Security.Claims;
using SmartReview.Application.Points;
using SmartReview.Edge;
using SmartReview.Edge.Auth;
using SmartReview.Host.Auth;

namespace SmartReview.Host.Api;

/// <summary>
/// The doctor-points register (一医一档): <c>GET /api/points?year=</c> (everyone with entries that year, this year by
/// default) and <c>GET /api/points/{person}</c> (one person's record by year). Supervisors and reviewers read all; a
/// facility user reads its own cases' entries only (<see cref="PointsRegister"/>); others are forbidden. Points are
/// recorded and withdrawn as case commands (<c>RecordPoints</c>, <c>WithdrawPoints</c>) on <c>/api/cases/{key}/commands</c>.
/// </summary>
internal static class PointsEndpoints
{
    public static IEndpointRouteBuilder MapPoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder points = app.MapGroup("/api/points").RequireAuthorization(Policies.Points);
        points.MapGet("/", YearAsync);
        points.MapGet("/{person}", PersonAsync);
        return app;
    }

    private static async Task<IResult> YearAsync(int? year, ClaimsPrincipal user, SignedIn signedIn, PointsRegister register, CancellationToken cancel)
    {
        int y = year ?? register.ThisYear;
        if (y is < 2000 or > 9999)
        {
            return Problems.BadRequest("year is a calendar year");
        }

        return await register.YearAsync(signedIn.Actor(user), y, cancel) is { } people
            ? Results.Ok(new PointsYearView(y, register.Scale.SuspendAt, register.Scale.TerminateAt, people))
            : Problems.Forbidden("the register is read by supervisors, reviewers and facilities");
    }

    private static async Task<IResult> PersonAsync(string person, ClaimsPrincipal user, SignedIn signedIn, PointsRegister register, CancellationToken cancel) =>
        await register.PersonAsync(signedIn.Actor(user), person, cancel) is { } record ? Results.Ok(record) : Problems.NotFound();
}
