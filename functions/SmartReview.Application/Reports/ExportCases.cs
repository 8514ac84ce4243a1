using System.Runtime.CompilerServices;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Application.Reports;

/// <summary>
/// The cases an export covers. With an open stage, as the work queue lists them: its sorted pages in the order asked
/// (the same filters in the same query), each page's cases then read from their rows, <see cref="Parallel"/> at a
/// time, and kept in the page's order. Otherwise a whole pass of <see cref="IReportSource"/> (no set order), filtered
/// as it is read. Either way one page or one row at a time, never the whole list in memory.
/// </summary>
public sealed class ExportCases(IReportSource source, ICaseQueries queries, ICaseStore store)
{
    private const int Parallel = 16;

    public async IAsyncEnumerable<ReviewCase> ReadAsync(ExportFilter filter, [EnumeratorCancellation] CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!filter.FromQueue)
        {
            await foreach (ReportCase rc in source.CasesAsync(filter.Facility, withAppeals: false, cancel).ConfigureAwait(false))
            {
                if (filter.Matches(rc.Case))
                {
                    yield return rc.Case;
                }
            }

            yield break;
        }

        string? next = null;
        do
        {
            var query = new CaseQuery(filter.Stage, filter.Facility, filter.Rule, CaseQuery.MaxTake, next)
            {
                SettlementId = filter.Settlement, PersonId = filter.Person, MinAmount = filter.MinAmount, DueBefore = filter.DueBefore,
                AssigneeId = filter.AssigneeId, Unassigned = filter.Unassigned, Order = filter.Order,
            };
            CasePage page = await queries.QueueAsync(query, cancel).ConfigureAwait(false);
            var read = new ReviewCase?[page.Items.Count];
            await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, read.Length),
                new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancel },
                async (i, token) => read[i] = (await store.GetAsync(new CaseKey(page.Items[i].FacilityId, page.Items[i].CaseId), token).ConfigureAwait(false))?.Case)
                .ConfigureAwait(false);
            foreach (ReviewCase? c in read)
            {
                if (c is not null && filter.Matches(c)) // an index row a decision has just moved on from is passed over
                {
                    yield return c;
                }
            }

            next = page.Continuation;
        }
        while (next is not null);
    }

    /// <summary>The keys of the cases the filter covers, or null when it narrows nothing beyond facility and month (every case).</summary>
    public async Task<HashSet<CaseKey>?> KeysAsync(ExportFilter filter, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!filter.NarrowsCases)
        {
            return null;
        }

        var keys = new HashSet<CaseKey>();
        await foreach (ReviewCase c in ReadAsync(filter, cancel).ConfigureAwait(false))
        {
            keys.Add(new CaseKey(c.Flag.FacilityId, c.CaseId));
        }

        return keys;
    }
}
