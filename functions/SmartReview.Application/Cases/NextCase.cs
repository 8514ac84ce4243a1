using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// "Give me my next case": of one stage, the earliest-due case assigned to the caller, else the earliest-due
/// unclaimed case the caller may decide (separation of duties as the review flow judges it: a re-review candidate
/// the caller first-reviewed is skipped), claimed for them in the same step. Reads the case index in due order, a
/// page at a time, and looks at no more than <see cref="MaxLooked"/> index rows of each kind; the index is a hint, so
/// each candidate is checked on its case row before it is given out.
/// </summary>
public sealed class NextCase(ICaseQueries queries, ICaseStore cases, AssignmentHandler claims)
{
    /// <summary>How many index rows one call looks at, at most, for assigned and for free cases each.</summary>
    public const int MaxLooked = 1000;

    private const int PageSize = 100;

    /// <summary>The key of the caller's next case of <paramref name="stage"/>, now claimed by them; null when there is none.</summary>
    public async Task<CaseKey?> NextAsync(Stage stage, Actor by, CancellationToken cancel)
    {
        if (by.Role is Role.Facility or Role.System || stage == Stage.Closed)
        {
            return null;
        }

        return await FirstAsync(new CaseQuery(stage, null, null, PageSize, null) { AssigneeId = by.Id }, (stored, _) =>
                Task.FromResult(stored.Assignment?.UserId == by.Id && claims.Refusal(stored, by) is null), cancel).ConfigureAwait(false)
            ?? await FirstAsync(new CaseQuery(stage, null, null, PageSize, null) { Unassigned = true }, async (stored, ct) =>
                stored.Assignment is null && (await claims.TryClaimAsync(stored, by, ct).ConfigureAwait(false)).Status == CommandStatus.Done, cancel)
                .ConfigureAwait(false);
    }

    private async Task<CaseKey?> FirstAsync(CaseQuery query, Func<StoredCase, CancellationToken, Task<bool>> takes, CancellationToken cancel)
    {
        int looked = 0;
        string? continuation = null;
        do
        {
            CasePage page = await queries.QueueAsync(query with { Continuation = continuation }, cancel).ConfigureAwait(false);
            foreach (CaseSummary row in page.Items)
            {
                var key = new CaseKey(row.FacilityId, row.CaseId);
                if (await cases.GetAsync(key, cancel).ConfigureAwait(false) is { } stored && stored.Case.Stage == query.Stage
                    && await takes(stored, cancel).ConfigureAwait(false))
                {
                    return key;
                }
            }

            looked += PageSize;
            continuation = page.Continuation;
        }
        while (continuation is not null && looked < MaxLooked);

        return null;
    }
}
