using System.Security.Claims;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Edge;
using SmartReview.Edge.Auth;
using SmartReview.Edge.Cases;
using SmartReview.Host.Auth;
using SmartReview.Review;
using SmartReview.Review.Support;

namespace SmartReview.Host.Api;

/// <summary>
/// <c>GET /api/cases</c> (a work list), <c>POST /api/cases</c> (a case opened by hand, <see cref="OpenCaseApi"/>), <c>GET /api/cases/{key}</c> (state and events) and
/// <c>POST /api/cases/{key}/commands</c> (one decision, acted by the signed-in user). A facility user sees and acts on
/// its own facility's cases only; any other case is "not found", whichever way its key is written. The work list's
/// filters, orders and count are <see cref="CaseListApi"/>'s; claims, assignments, the next case and bulk decisions are
/// in <see cref="CaseWorkEndpoints"/>.
/// </summary>
internal static class CaseEndpoints
{
    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder cases = app.MapGroup("/api/cases").RequireAuthorization(Policies.AnyRole);
        cases.MapGet("/", ListAsync);
        cases.MapPost("/", OpenAsync);
        cases.MapGet("/{key}", GetAsync);
        cases.MapPost("/{key}/commands", CommandAsync);
        app.MapCaseWork();
        return app;
    }

    private static Task<IResult> ListAsync([AsParameters] CaseListRequest request, ClaimsPrincipal user, SignedIn signedIn, ICaseQueries queries,
        CancellationToken cancel) =>
        CaseListApi.ListAsync(request, signedIn.Actor(user), queries, cancel);

    private static Task<IResult> OpenAsync(OpenCase? request, ClaimsPrincipal user, SignedIn signedIn, CaseOpener opener, CancellationToken cancel) =>
        OpenCaseApi.OpenAsync(request, signedIn.Actor(user), opener, cancel);

    private static Task<IResult> GetAsync(string key, ClaimsPrincipal user, SignedIn signedIn, ICaseStore cases, VoteVisibility votes,
        CancellationToken cancel) =>
        CaseApi.GetAsync(key, signedIn.Actor(user), cases, votes, cancel);

    private static Task<IResult> CommandAsync(string key, CaseCommand command, ClaimsPrincipal user, SignedIn signedIn,
        CaseCommandHandler handler, CancellationToken cancel) =>
        CaseApi.CommandAsync(key, command, signedIn.Actor(user), handler, cancel);
}
