using System.Security.Claims;
using SmartReview.Application.Ports;
using SmartReview.Edge.Auth;
using SmartReview.Edge.Ledger;
using SmartReview.Host.Auth;
using SmartReview.Review;

namespace SmartReview.Host.Api;

/// <summary>
/// <c>GET /api/ledger</c> (a facility's entries), <c>GET /api/ledger/owed</c> (what it owes by kind, month and case)
/// and <c>GET /api/sanction-rules</c> (the fine ranges and suspension months), each one call of the shared edge
/// (<see cref="LedgerApi"/>, <see cref="SanctionRulesApi"/>), which checks the caller's role and facility.
/// </summary>
internal static class LedgerEndpoints
{
    public static IEndpointRouteBuilder MapLedger(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ledger", (string? facility, string? month, ClaimsPrincipal user, SignedIn signedIn, ICaseStore cases, CancellationToken cancel) =>
            LedgerApi.EntriesAsync(facility, month, signedIn.Actor(user), cases, cancel)).RequireAuthorization(Policies.Ledger);
        app.MapGet("/api/ledger/owed", (string? facility, string? month, ClaimsPrincipal user, SignedIn signedIn, ICaseStore cases, CancellationToken cancel) =>
            LedgerApi.OwedAsync(facility, month, signedIn.Actor(user), cases, cancel)).RequireAuthorization(Policies.Ledger);
        app.MapGet("/api/sanction-rules", (decimal? loss, ClaimsPrincipal user, SignedIn signedIn, ReviewSettings review) =>
            SanctionRulesApi.Get(loss, signedIn.Actor(user), review)).RequireAuthorization(Policies.AnyRole);
        return app;
    }
}
