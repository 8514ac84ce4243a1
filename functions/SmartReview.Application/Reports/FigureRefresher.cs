using Microsoft.Extensions.Logging;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Rules.Settlements;

namespace SmartReview.Application.Reports;

/// <summary>
/// Brings the stored figures up to date: counts each facility marked changed again from its cases and ledger, stores
/// the sums unless a count after a later mark is there already, then clears the mark unless it was written again.
/// The first pass ever marks every facility with cases. A facility's name is the one ingest recorded
/// (<see cref="IFacilityNames"/>); for a facility ingested before names were recorded, it is read once from the
/// settlement of its first case and recorded, so the exports show it too.
/// Safe to run anywhere and at once (host loop, Functions timer, a page's refresh): every count starts from the truth.
/// </summary>
public sealed partial class FigureRefresher(IFigureStore store, DashboardBuilder builder, IReportSource source, SettlementArchive archive,
    IFacilityNames facilityNames, ILogger<FigureRefresher> log)
{
    private const int Parallel = 4;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>One pass; returns how many facilities were counted. Passes in one process run one after another.</summary>
    public async Task<int> RefreshAsync(CancellationToken cancel)
    {
        await _gate.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            return await PassAsync(cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            PassFailed(log, e);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> PassAsync(CancellationToken cancel)
    {
        StoredFigures stored = await store.ReadAsync(cancel).ConfigureAwait(false);
        if (stored.Screened is null)
        {
            var all = new List<string>();
            await foreach (string facility in store.FacilitiesAsync(cancel).ConfigureAwait(false))
            {
                all.Add(facility);
            }

            await store.MarkAsync(all, cancel).ConfigureAwait(false);
        }
        else if (stored.Pending == 0)
        {
            return 0;
        }

        IReadOnlyList<FigureMark> marks = await store.MarksAsync(cancel).ConfigureAwait(false);
        IReadOnlyDictionary<string, string> shown = await store.NamesAsync(cancel).ConfigureAwait(false);
        IReadOnlyDictionary<string, string> recorded = await facilityNames.AllAsync(cancel).ConfigureAwait(false);
        await System.Threading.Tasks.Parallel.ForEachAsync(marks, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancel },
            async (mark, token) =>
            {
                FigureSums sums = await builder.CountAsync(mark.FacilityId, token).ConfigureAwait(false);
                string? name = await NameAsync(mark.FacilityId, shown, recorded, token).ConfigureAwait(false);
                await store.SaveAsync(mark, sums, name, token).ConfigureAwait(false);
                await store.ClearAsync(mark, token).ConfigureAwait(false);
            }).ConfigureAwait(false);
        await store.SaveScreenedAsync(await builder.ScreenedAsync(cancel).ConfigureAwait(false), cancel).ConfigureAwait(false);
        return marks.Count;
    }

    /// <summary>The name to store with the facility's sums: the recorded one when it is new to them, else none (the stored one stays).</summary>
    private async Task<string?> NameAsync(string facilityId, IReadOnlyDictionary<string, string> shown, IReadOnlyDictionary<string, string> recorded,
        CancellationToken cancel)
    {
        if (recorded.TryGetValue(facilityId, out string? name))
        {
            return shown.TryGetValue(facilityId, out string? had) && had == name ? null : name;
        }

        if (shown.ContainsKey(facilityId) || await FirstSettlementNameAsync(facilityId, cancel).ConfigureAwait(false) is not { } found)
        {
            return null;
        }

        await facilityNames.RecordAsync(new Dictionary<string, string> { [facilityId] = found }, cancel).ConfigureAwait(false);
        return found;
    }

    /// <summary>The facility's name as the settlement of its first case gives it; null when that settlement is not kept.</summary>
    private async Task<string?> FirstSettlementNameAsync(string facilityId, CancellationToken cancel)
    {
        await foreach (ReportCase c in source.CasesAsync(facilityId, withAppeals: false, cancel).ConfigureAwait(false))
        {
            Settlement? settlement = await archive.GetAsync(new CaseKey(facilityId, c.Case.CaseId), cancel).ConfigureAwait(false);
            return settlement?.Facility.Name is { Length: > 0 } name ? name : null;
        }

        return null;
    }

    [LoggerMessage(1, LogLevel.Error, "counting the dashboard figures failed; the marks stay and the next pass counts them")]
    private static partial void PassFailed(ILogger log, Exception error);
}
