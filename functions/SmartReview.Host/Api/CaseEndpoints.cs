using System.Globalization;
using System.Security.Claims;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Edge;
using SmartReview.Edge.Auth;
using SmartReview.Edge.Cases;
using SmartReview.Host.Auth;
using SmartReview.Kernel;
using SmartReview.Review;
using SmartReview.Review.Support;

namespace SmartReview.Host.Api;

/// <summary>
/// <c>GET /api/cases</c> (a work list), <c>GET /api/cases/{key}</c> (state and events) and
/// <c>POST /api/cases/{key}/commands</c> (one decision, acted by the signed-in user). A facility user sees and acts on
/// its own facility's cases only; any other case is "not found", whichever way its key is written. A bureau work list
/// filters by facility, rule, amount at stake (<c>minAmount</c>, yuan), due date (<c>dueBefore</c>, a China date or an
/// instant) and who holds the case (<c>assignee=me|none|{user}</c>); claims, assignments, the next case and bulk
/// decisions are in <see cref="CaseWorkEndpoints"/>.
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
        app.MapCaseWork();
        return app;
    }

    private static async Task<IResult> ListAsync(string? stage, string? facility, string? rule, int? take, string? continuation, decimal? minAmount,
        string? dueBefore, string? assignee, ClaimsPrincipal user, SignedIn signedIn, ICaseQueries queries, CancellationToken cancel)
    {
        if (signedIn.Actor(user) is not { } actor)
        {
            return Problems.Forbidden("no role");
        }

        if (!TryStage(stage, out Stage? parsed))
        {
            return Problems.BadRequest($"unknown stage '{stage}'");
        }

        if (minAmount < 0 || !TryDue(dueBefore, out DateTimeOffset? due))
        {
            return Problems.BadRequest("minAmount is an amount in yuan, at least 0; dueBefore a date (yyyy-MM-dd, China time) or an ISO instant");
        }

        CaseQuery Query(string? ofFacility) =>
            new(parsed, ofFacility, rule, take ?? DefaultTake, continuation) { MinAmount = minAmount, DueBefore = due };
        if (actor.Role == Role.Facility)
        {
            return (facility is not null && facility != actor.FacilityId) || !string.IsNullOrEmpty(assignee)
                ? Problems.Forbidden("a facility user lists its own cases only, without who works on them")
                : Results.Ok(await queries.FacilityCasesAsync(Query(actor.FacilityId), cancel));
        }

        return parsed is null
            ? Problems.BadRequest("stage is required")
            : Results.Ok(await queries.QueueAsync(Query(facility) with
            {
                AssigneeId = assignee is null or "none" ? null : assignee == "me" ? actor.Id : assignee,
                Unassigned = assignee == "none",
            }, cancel));
    }

    /// <summary>A stage by name (any case), or none when empty; false for anything else (numbers included).</summary>
    internal static bool TryStage(string? stage, out Stage? parsed)
    {
        parsed = null;
        if (string.IsNullOrEmpty(stage))
        {
            return true;
        }

        if (!Enum.TryParse(stage, ignoreCase: true, out Stage s) || !Enum.IsDefined(s) || int.TryParse(stage, out _))
        {
            return false;
        }

        parsed = s;
        return true;
    }

    /// <summary>A due bound: a date is its midnight in China time (where deadlines fall), else an ISO instant (UTC if no offset).</summary>
    private static bool TryDue(string? text, out DateTimeOffset? due)
    {
        due = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            due = ChinaTime.StartOfDayUtc(date);
            return true;
        }

        bool ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset instant);
        due = ok ? instant : null;
        return ok;
    }

    private static Task<IResult> GetAsync(string key, ClaimsPrincipal user, SignedIn signedIn, ICaseStore cases, VoteVisibility votes,
        CancellationToken cancel) =>
        CaseApi.GetAsync(key, signedIn.Actor(user), cases, votes, cancel);

    private static Task<IResult> CommandAsync(string key, CaseCommand command, ClaimsPrincipal user, SignedIn signedIn,
        CaseCommandHandler handler, CancellationToken cancel) =>
        CaseApi.CommandAsync(key, command, signedIn.Actor(user), handler, cancel);
}
