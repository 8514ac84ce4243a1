using System.Security.Claims;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Host.Auth;
using SmartReview.Review;

namespace SmartReview.Host.Api;

/// <summary>
/// <c>GET /api/cases</c> (a work list), <c>GET /api/cases/{key}</c> (state and events) and
/// <c>POST /api/cases/{key}/commands</c> (one decision, acted by the signed-in user). A facility user sees and acts on
/// its own facility's cases only; any other case is "not found", whichever way its key is written.
/// </summary>
internal static class CaseEndpoints
{
    private const int DefaultTake = 50;

    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder cases = app.MapGroup("/api/cases").RequireAuthorization(Policies.AnyRole);
        cases.MapGet("/", ListAsync);
        cases.MapGet("/{key}", GetAsync);
        cases.MapPost("/{key}/commands", CommandAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(string? stage, string? facility, string? rule, int? take, string? continuation,
        ClaimsPrincipal user, SignedIn signedIn, ICaseQueries queries, CancellationToken cancel)
    {
        if (signedIn.Actor(user) is not { } actor)
        {
            return Problems.Forbidden("no role");
        }

        Stage? parsed = null;
        if (!string.IsNullOrEmpty(stage))
        {
            if (!Enum.TryParse(stage, ignoreCase: true, out Stage s) || !Enum.IsDefined(s) || int.TryParse(stage, out _))
            {
                return Problems.BadRequest($"unknown stage '{stage}'");
            }

            parsed = s;
        }

        if (actor.Role == Role.Facility)
        {
            return facility is not null && facility != actor.FacilityId
                ? Problems.Forbidden("a facility user lists its own cases only")
                : Results.Ok(await queries.FacilityCasesAsync(new CaseQuery(parsed, actor.FacilityId, rule, take ?? DefaultTake, continuation), cancel));
        }

        return parsed is null
            ? Problems.BadRequest("stage is required")
            : Results.Ok(await queries.QueueAsync(new CaseQuery(parsed, facility, rule, take ?? DefaultTake, continuation), cancel));
    }

    private static async Task<IResult> GetAsync(string key, ClaimsPrincipal user, SignedIn signedIn, ICaseStore cases, CancellationToken cancel)
    {
        if (!Visible(key, signedIn.Actor(user), out CaseKey k) || await cases.GetAsync(k, cancel) is not { } stored)
        {
            return Problems.NotFound();
        }

        return Results.Ok(new CaseView(k.ToString(), stored.Case, await cases.EventsAsync(k, cancel)));
    }

    private static async Task<IResult> CommandAsync(string key, CaseCommand command, ClaimsPrincipal user, SignedIn signedIn,
        CaseCommandHandler handler, CancellationToken cancel)
    {
        Actor? actor = signedIn.Actor(user);
        if (!Visible(key, actor, out CaseKey k))
        {
            return Problems.NotFound();
        }

        CommandResult result = await handler.HandleAsync(k, command, actor!, cancel);
        return result.Status switch
        {
            CommandStatus.Done => Results.Ok(new CommandView(k.ToString(), result.Case!, result.Events)),
            CommandStatus.Conflict => Problems.Conflict(),
            CommandStatus.Rejected => Problems.Refused(result.Rejection!),
            _ => Problems.NotFound(),
        };
    }

    /// <summary>Whether <paramref name="actor"/> may look for this key at all: a facility user only in its own facility.</summary>
    internal static bool Visible(string key, Actor? actor, out CaseKey k) =>
        CaseKey.TryParse(key, out k) && actor is not null && (actor.Role != Role.Facility || actor.FacilityId == k.FacilityId);
}
