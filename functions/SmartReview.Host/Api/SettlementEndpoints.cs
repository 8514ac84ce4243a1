using System.Security.Claims;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Edge;
using SmartReview.Edge.Auth;
using SmartReview.Host.Auth;

namespace SmartReview.Host.Api;

/// <summary>
/// <c>GET /api/cases/{key}/settlement</c>: the settlement the case was opened from, its flagged lines marked; for whoever
/// may see the case. 404 "not kept" for cases opened before settlements were kept.
/// </summary>
internal static class SettlementEndpoints
{
    public static IEndpointRouteBuilder MapSettlement(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/cases/{key}/settlement", GetAsync).RequireAuthorization(Policies.AnyRole);
        return app;
    }

    private static async Task<IResult> GetAsync(string key, ClaimsPrincipal user, SignedIn signedIn, ICaseStore cases, SettlementArchive archive,
        CancellationToken cancel)
    {
        if (!CaseAccess.TryOpen(key, signedIn.Actor(user), out CaseKey k) || await cases.GetAsync(k, cancel) is not { } stored)
        {
            return Problems.NotFound();
        }

        return await archive.GetAsync(stored, cancel) is { } settlement
            ? Results.Ok(SettlementView.Of(k.ToString(), settlement, stored.Case.Flag.LineIds))
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Settlement not kept",
                detail: $"The settlement {stored.Case.Flag.SettlementId} of this case is not kept: the case was opened before settlements were kept with cases, or its flag names a settlement of an earlier file.");
    }
}
