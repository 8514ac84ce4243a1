using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using SmartReview.Application.Cases;
using SmartReview.Edge;
using SmartReview.Edge.Auth;
using SmartReview.Edge.Cases;
using SmartReview.Host.Auth;
using SmartReview.Review;

namespace SmartReview.Host.Api;

/// <summary>
/// Reviewers' work on the case index: <c>POST|DELETE /api/cases/{key}/claim</c>, <c>POST /api/cases/{key}/assign</c>
/// (supervisors, administrators), <c>GET /api/cases/next?stage=</c> (the caller's next case, claimed) and
/// <c>POST /api/cases/bulk</c> (one decision on up to 200 cases of one rule and facility). The bureau's roles only:
/// a facility user gets 403 from all of them.
/// </summary>
internal static class CaseWorkEndpoints
{
    private static readonly AuthorizationPolicy Bureau =
        new AuthorizationPolicyBuilder().RequireRole(RoleNames.Reviewer, RoleNames.Panel, RoleNames.Supervisor, RoleNames.Admin).Build();

    public static IEndpointRouteBuilder MapCaseWork(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder work = app.MapGroup("/api/cases").RequireAuthorization(Bureau);
        work.MapGet("/next", NextAsync);
        work.MapPost("/bulk", BulkAsync);
        work.MapPost("/{key}/claim", (string key, ClaimsPrincipal user, SignedIn signedIn, AssignmentHandler claims, CancellationToken cancel) =>
            ClaimAsync(key, user, signedIn, (k, by) => claims.ClaimAsync(k, by, cancel)));
        work.MapDelete("/{key}/claim", (string key, ClaimsPrincipal user, SignedIn signedIn, AssignmentHandler claims, CancellationToken cancel) =>
            ClaimAsync(key, user, signedIn, (k, by) => claims.ReleaseAsync(k, by, cancel)));
        work.MapPost("/{key}/assign", (string key, AssignRequest body, ClaimsPrincipal user, SignedIn signedIn, AssignmentHandler claims, CancellationToken cancel) =>
            ClaimAsync(key, user, signedIn, (k, by) => claims.AssignAsync(k, body.UserId ?? "", by, cancel))).RequireAuthorization(Policies.Oversight);
        return app;
    }

    private static async Task<IResult> ClaimAsync(string key, ClaimsPrincipal user, SignedIn signedIn, Func<CaseKey, Actor, Task<AssignmentResult>> act)
    {
        Actor? actor = signedIn.Actor(user);
        if (!CaseAccess.TryOpen(key, actor, out CaseKey k))
        {
            return Problems.NotFound();
        }

        AssignmentResult result = await act(k, actor!);
        return result.Status switch
        {
            CommandStatus.Done => Results.Ok(new AssignmentView(k.ToString(), result.Assignment)),
            CommandStatus.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The case is someone else's",
                detail: result.Assignment is { } held ? $"claimed by {held.UserId}" : "the case changed meanwhile; try again",
                extensions: new Dictionary<string, object?> { ["claimedBy"] = result.Assignment?.UserId }),
            CommandStatus.Rejected => Problems.Refused(result.Rejection!),
            _ => Problems.NotFound(),
        };
    }

    private static async Task<IResult> NextAsync(string? stage, ClaimsPrincipal user, SignedIn signedIn, NextCase next, CancellationToken cancel)
    {
        if (signedIn.Actor(user) is not { } actor)
        {
            return Problems.Forbidden("no role");
        }

        if (!CaseListApi.TryStage(stage, out Stage? parsed) || parsed is not { } s)
        {
            return Problems.BadRequest(string.IsNullOrEmpty(stage) ? "stage is required" : $"unknown stage '{stage}'");
        }

        return await next.NextAsync(s, actor, cancel) is { } key ? Results.Ok(new NextView(key.ToString())) : Results.NoContent();
    }

    private static async Task<IResult> BulkAsync(BulkRequest body, ClaimsPrincipal user, SignedIn signedIn, BulkDecision bulk, CancellationToken cancel)
    {
        if (signedIn.Actor(user) is not { } actor)
        {
            return Problems.Forbidden("no role");
        }

        if (body.Command is null || body.Keys is null)
        {
            return Problems.BadRequest("keys and command are required");
        }

        BulkResult result = await bulk.HandleAsync(body.Keys, body.Command, actor, cancel);
        return result.Status switch
        {
            BulkStatus.Answered => Results.Ok(BulkView.Of(result)),
            BulkStatus.Mixed => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Mixed cases", detail: result.Problem),
            _ => Problems.BadRequest(result.Problem ?? "invalid bulk decision"),
        };
    }
}
