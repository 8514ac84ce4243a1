using SmartReview.Application.Cases;
using SmartReview.Application.Reports;
using SmartReview.Edge;
using SmartReview.Edge.Cases;
using SmartReview.Review;

namespace SmartReview.Host.Api;

/// <summary>
/// An export's query, read as the work queue reads its own: <c>facility</c>, <c>month</c> (yyyy-MM), <c>stage</c>,
/// <c>rule</c>, <c>settlement</c>, <c>person</c>, <c>minAmount</c> (yuan), <c>dueBefore</c> (a China date or an
/// instant), <c>sort</c> and <c>dir</c> and <c>assignee</c> (<c>me</c>, <c>none</c> or a user; these three an open
/// stage only) and, for the decisions, <c>opened=true</c> to keep the "case opened" events. A facility user exports
/// its own facility only, without who holds the cases.
/// </summary>
internal static class ExportQuery
{
    /// <summary>The filter for <paramref name="actor"/>, or the problem: 400 naming the parameter, 403 for another facility.</summary>
    public static (ExportFilter? Filter, IResult? Problem) Read(IQueryCollection query, Actor actor)
    {
        string? Text(string name) => query.TryGetValue(name, out Microsoft.Extensions.Primitives.StringValues v) && !string.IsNullOrWhiteSpace(v)
            ? v.ToString().Trim()
            : null;
        if (ExportFilter.TryCreate(Text("facility"), Text("month")) is not { } filter)
        {
            return Bad("month", "month is yyyy-MM");
        }

        if (!CaseListApi.TryStage(Text("stage"), out Stage? stage))
        {
            return Bad("stage", $"stage is one of {string.Join(", ", Enum.GetNames<Stage>())}");
        }

        if (!QueueOrder.TryParse(Text("sort"), Text("dir"), out QueueOrder order))
        {
            return Bad("sort", "sort is due, amount, rule or facility; dir asc or desc");
        }

        if (order != QueueOrder.Default && stage is null or Stage.Closed)
        {
            return Bad("sort", "sort needs an open stage");
        }

        if (Text("opened") is { } opened && opened is not ("true" or "false"))
        {
            return Bad("opened", "opened is true or false");
        }

        decimal? minAmount = null;
        if (Text("minAmount") is { } min)
        {
            if (!decimal.TryParse(min, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out decimal yuan) || yuan < 0)
            {
                return Bad("minAmount", "minAmount is an amount in yuan, at least 0");
            }

            minAmount = yuan;
        }

        if (!CaseListApi.TryDue(Text("dueBefore"), out DateTimeOffset? dueBefore))
        {
            return Bad("dueBefore", "dueBefore is a date (yyyy-MM-dd, China time) or an ISO instant");
        }

        string? assignee = Text("assignee");
        if (assignee is not null && stage is null or Stage.Closed)
        {
            return Bad("assignee", "assignee needs an open stage");
        }

        if (actor.Role == Role.Facility)
        {
            if ((filter.Facility is { } asked && asked != actor.FacilityId) || assignee is not null)
            {
                return (null, Problems.Forbidden("a facility exports its own cases only, without who works on them"));
            }

            filter = filter with { Facility = actor.FacilityId };
        }

        return (filter with
        {
            Stage = stage, Rule = Text("rule"), Settlement = Text("settlement"), Person = Text("person"), MinAmount = minAmount, DueBefore = dueBefore,
            AssigneeId = assignee is null or "none" ? null : assignee == "me" ? actor.Id : assignee, Unassigned = assignee == "none", Order = order,
            WithOpened = Text("opened") == "true",
        }, null);
    }

    private static (ExportFilter?, IResult?) Bad(string parameter, string detail) =>
        (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter }));
}
