using System.Security.Claims;
using SmartReview.Application.Ports;
using SmartReview.Application.Reports;
using SmartReview.Edge;
using SmartReview.Edge.Auth;
using SmartReview.Host.Auth;
using SmartReview.Kernel;
using SmartReview.Review;

namespace SmartReview.Host.Api;

/// <summary>
/// <c>GET /api/ledger?facility=&amp;month=</c>: a facility's postings, of one month (yyyy-MM) if given. Supervisors and
/// administrators read any facility; a facility user its own (the default); anyone else is forbidden.
/// </summary>
internal static class LedgerEndpoints
{
    public static IEndpointRouteBuilder MapLedger(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ledger", GetAsync).RequireAuthorization(Policies.Ledger);
        return app;
    }

    private static async Task<IResult> GetAsync(string? facility, string? month, ClaimsPrincipal user, SignedIn signedIn, ICaseStore cases,
        CancellationToken cancel)
    {
        if (signedIn.Actor(user) is not { } actor)
        {
            return Problems.Forbidden("no role");
        }

        if (actor.Role == Role.Facility)
        {
            if (facility is not null && facility != actor.FacilityId)
            {
                return Problems.Forbidden("a facility user reads its own ledger only");
            }

            facility = actor.FacilityId;
        }

        if (string.IsNullOrEmpty(facility))
        {
            return Problems.BadRequest("facility is required");
        }

        if (month is not null && !ChinaTime.IsMonth(month))
        {
            return Problems.BadRequest("month is yyyy-MM");
        }

        IReadOnlyList<LedgerPosting> postings = await cases.LedgerAsync(facility, month, cancel);
        return Results.Ok(new LedgerView(facility, month, postings, postings.Sum(p => p.Amount)));
    }
}
