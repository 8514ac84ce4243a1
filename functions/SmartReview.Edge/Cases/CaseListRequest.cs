using System.Globalization;

namespace SmartReview.Edge.Cases;

/// <summary>
/// The query of <c>GET /api/cases</c> as it comes: <c>stage</c>, <c>facility</c>, <c>rule</c>, <c>take</c>,
/// <c>continuation</c>, <c>minAmount</c> (yuan), <c>dueBefore</c> (a China date or an instant), <c>assignee</c>
/// (<c>me</c>, <c>none</c> or a user), <c>sort</c> (<c>due</c>, <c>amount</c>, <c>rule</c>, <c>facility</c>) with
/// <c>dir</c> (<c>asc</c>, <c>desc</c>), <c>settlement</c> and <c>person</c>; <see cref="CaseListApi"/> reads it.
/// </summary>
public sealed record CaseListRequest(string? Stage, string? Facility, string? Rule, int? Take, string? Continuation, decimal? MinAmount,
    string? DueBefore, string? Assignee, string? Sort, string? Dir, string? Settlement, string? Person, string? Origin = null)
{
    /// <summary>From a query string (the Functions app's binding); null when <c>take</c> or <c>minAmount</c> is no number.</summary>
    public static CaseListRequest? From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Text(string name) => query.TryGetValue(name, out Microsoft.Extensions.Primitives.StringValues v) && !string.IsNullOrEmpty(v) ? v.ToString() : null;
        int? take = null;
        decimal? minAmount = null;
        if (Text("take") is { } t)
        {
            if (!int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n))
            {
                return null;
            }

            take = n;
        }

        if (Text("minAmount") is { } m)
        {
            if (!decimal.TryParse(m, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal yuan))
            {
                return null;
            }

            minAmount = yuan;
        }

        return new CaseListRequest(Text("stage"), Text("facility"), Text("rule"), take, Text("continuation"), minAmount, Text("dueBefore"),
            Text("assignee"), Text("sort"), Text("dir"), Text("settlement"), Text("person"), Text("origin"));
    }
}
