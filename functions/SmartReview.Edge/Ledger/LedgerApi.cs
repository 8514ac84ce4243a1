using SmartReview.Application.Ledger;
using SmartReview.Application.Ports;
using SmartReview.Kernel;
using SmartReview.Review;

namespace SmartReview.Edge.Ledger;

/// <summary>
/// <c>GET /api/ledger?facility=&amp;month=</c> (a facility's entries, of one month if given) and
/// <c>GET /api/ledger/owed?facility=&amp;month=</c> (what it owes by kind, month and case, through a month if given)
/// once the caller is known. Supervisors and administrators read any facility; a facility user its own (the
/// default) and is refused another's; every other role is refused. Receipts and sanctions are recorded through the
/// case commands (<c>RecordReceipt</c>, <c>FinaliseDecision</c> with sanctions), by the same handler as any decision.
/// </summary>
public static class LedgerApi
{
    /// <summary>200 with the entries and their totals (due, received) by kind; 400 without a facility or with a bad month; 403.</summary>
    public static async Task<IResult> EntriesAsync(string? facility, string? month, Actor? actor, ICaseStore cases, CancellationToken cancel)
    {
        if (Refusal(ref facility, month, actor) is { } refused)
        {
            return refused;
        }

        IReadOnlyList<LedgerPosting> postings = await cases.LedgerAsync(facility!, month, cancel);
        Owed owed = Owed.Of(facility!, postings);
        return Results.Ok(new LedgerView(facility!, month, postings, owed.Due, owed.Received));
    }

    /// <summary>200 with what the facility owes (<see cref="Owed"/>); 400 without a facility or with a bad month; 403.</summary>
    public static async Task<IResult> OwedAsync(string? facility, string? month, Actor? actor, ICaseStore cases, CancellationToken cancel)
    {
        if (Refusal(ref facility, month, actor) is { } refused)
        {
            return refused;
        }

        return Results.Ok(Owed.Of(facility!, await cases.LedgerAsync(facility!, null, cancel), month));
    }

    /// <summary>Null when the caller may read <paramref name="facility"/> (a facility user's own filled in), else the problem.</summary>
    private static IResult? Refusal(ref string? facility, string? month, Actor? actor)
    {
        if (actor is null || actor.Role is not (Role.Supervisor or Role.Administrator or Role.Facility))
        {
            return Problems.Forbidden("the ledger is for supervisors, administrators and a facility's own users");
        }

        if (actor.Role == Role.Facility)
        {
            if (!string.IsNullOrEmpty(facility) && facility != actor.FacilityId)
            {
                return Problems.Forbidden("a facility user reads its own ledger only");
            }

            facility = actor.FacilityId;
        }

        return string.IsNullOrEmpty(facility) ? Problems.BadRequest("facility is required")
            : month is not null && !ChinaTime.IsMonth(month) ? Problems.BadRequest("month is yyyy-MM")
            : null;
    }
}
