using System.Globalization;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Kernel;
using SmartReview.Review;

namespace SmartReview.Edge.Cases;

/// <summary>
/// <c>GET /api/cases</c> once the caller is known: a page of a work list with its total count. A bureau list needs a
/// stage and takes every filter and order. A facility user lists its own cases only, without who works on them: with
/// an open stage in any order and with the same filters, else (all stages, or closed) from its own partition in
/// case order, searched by settlement and person too but not sorted; its rows name the settlement, the person, the
/// discharge date and a closed case's final outcome.
/// </summary>
public static class CaseListApi
{
    private const int DefaultTake = 50;

    public static async Task<IResult> ListAsync(CaseListRequest? request, Actor? actor, ICaseQueries queries, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(queries);
        if (actor is null)
        {
            return Problems.Forbidden("no role");
        }

        if (request is null)
        {
            return Problems.BadRequest("take is a whole number; minAmount an amount in yuan");
        }

        if (!TryStage(request.Stage, out Stage? stage))
        {
            return Problems.BadRequest($"unknown stage '{request.Stage}'");
        }

        if (request.MinAmount < 0 || !TryDue(request.DueBefore, out DateTimeOffset? due))
        {
            return Problems.BadRequest("minAmount is an amount in yuan, at least 0; dueBefore a date (yyyy-MM-dd, China time) or an ISO instant");
        }

        if (!TryOrigin(request.Origin, out CaseOrigin? origin))
        {
            return Problems.BadRequest($"origin is one of {string.Join(", ", Enum.GetNames<CaseOrigin>())}, not '{request.Origin}'");
        }

        if (!QueueOrder.TryParse(request.Sort, request.Dir, out QueueOrder order))
        {
            return Problems.BadRequest("sort is due, amount, rule or facility; dir asc or desc");
        }

        var query = new CaseQuery(stage, request.Facility, request.Rule, request.Take ?? DefaultTake, request.Continuation)
        {
            MinAmount = request.MinAmount,
            DueBefore = due,
            SettlementId = request.Settlement,
            PersonId = request.Person,
            Origin = origin,
            Order = order,
        };
        return actor.Role == Role.Facility ? await FacilityListAsync(query, request, actor, queries, cancel) : await BureauListAsync(query, request, actor, queries, cancel);
    }

    /// <summary>A case origin by name (any case), or none when empty; false for anything else (numbers included).</summary>
    public static bool TryOrigin(string? origin, out CaseOrigin? parsed)
    {
        parsed = null;
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        if (!Enum.TryParse(origin, ignoreCase: true, out CaseOrigin o) || !Enum.IsDefined(o) || int.TryParse(origin, out _))
        {
            return false;
        }

        parsed = o;
        return true;
    }

    /// <summary>A stage by name (any case), or none when empty; false for anything else (numbers included).</summary>
    public static bool TryStage(string? stage, out Stage? parsed)
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

    private static async Task<IResult> BureauListAsync(CaseQuery query, CaseListRequest request, Actor actor, ICaseQueries queries, CancellationToken cancel)
    {
        if (query.Stage is null or Stage.Closed)
        {
            return Problems.BadRequest("stage is required, one of the open stages");
        }

        string? assignee = request.Assignee;
        return Results.Ok(await PageAsync(query with
        {
            AssigneeId = assignee is null or "none" ? null : assignee == "me" ? actor.Id : assignee,
            Unassigned = assignee == "none",
        }, queries, cancel));
    }

    private static async Task<IResult> FacilityListAsync(CaseQuery query, CaseListRequest request, Actor actor, ICaseQueries queries, CancellationToken cancel)
    {
        if ((request.Facility is not null && request.Facility != actor.FacilityId) || !string.IsNullOrEmpty(request.Assignee))
        {
            return Problems.Forbidden("a facility user lists its own cases only, without who works on them");
        }

        query = query with { FacilityId = actor.FacilityId };
        if (query.Stage is { } stage && stage != Stage.Closed)
        {
            CasePage page = await PageAsync(query, queries, cancel);
            return Results.Ok(page with { Items = [.. page.Items.Select(i => i with { AssigneeId = null })] });
        }

        return query.Order != QueueOrder.Default
            ? Problems.BadRequest("sorting needs an open stage")
            : Results.Ok(await queries.FacilityCasesAsync(query, cancel));
    }

    private static async Task<CasePage> PageAsync(CaseQuery query, ICaseQueries queries, CancellationToken cancel)
    {
        Task<QueueCount> total = queries.CountAsync(query, cancel);
        CasePage page = await queries.QueueAsync(query, cancel);
        return page with { Total = await total };
    }

    /// <summary>A due bound: a date is its midnight in China time (where deadlines fall), else an ISO instant (UTC if no offset).</summary>
    public static bool TryDue(string? text, out DateTimeOffset? due)
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
}
