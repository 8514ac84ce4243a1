using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Application.Reports;

/// <summary>
/// Serves the dashboard from the stored figures (one read of every facility's sums, added up): no page ever scans all
/// the cases. With changes pending it joins a pass of <see cref="FigureRefresher"/> for at most
/// <see cref="DashboardSettings.ReadWait"/> (one facility's decision is counted well within it) and then serves what is
/// stored, saying how many facilities are still being counted. Only when nothing was ever counted, or nothing yet
/// while cases exist, does it wait for the pass to end, so it never shows 0 while cases exist.
/// </summary>
public sealed class DashboardService(IFigureStore store, FigureRefresher refresher, DashboardSettings settings, WorkingCalendar calendar, TimeProvider clock)
{
    /// <summary>The dashboard as stored now, flags by month of <paramref name="basis"/>.</summary>
    public async Task<Dashboard> GetAsync(MonthBasis basis = MonthBasis.Discharge, CancellationToken cancel = default)
    {
        StoredFigures stored = await store.ReadAsync(cancel).ConfigureAwait(false);
        if (stored.Screened is null || (stored.Pending > 0 && stored.Facilities.Count == 0))
        {
            await refresher.RefreshAsync(cancel).ConfigureAwait(false);
            stored = await store.ReadAsync(cancel).ConfigureAwait(false);
        }
        else if (stored.Pending > 0 && await CountedWithinAsync(settings.ReadWait, cancel).ConfigureAwait(false))
        {
            stored = await store.ReadAsync(cancel).ConfigureAwait(false);
        }

        return Read(stored, basis);
    }

    /// <summary>Counts what changed now (or waits for the pass running), then reads.</summary>
    public async Task<Dashboard> RefreshAsync(MonthBasis basis = MonthBasis.Discharge, CancellationToken cancel = default)
    {
        await refresher.RefreshAsync(cancel).ConfigureAwait(false);
        return Read(await store.ReadAsync(cancel).ConfigureAwait(false), basis);
    }

    /// <summary>Starts a pass (not on the caller's token: it goes on if the caller stops waiting); whether it ended within <paramref name="wait"/>.</summary>
    private async Task<bool> CountedWithinAsync(TimeSpan wait, CancellationToken cancel)
    {
        Task pass = refresher.RefreshAsync(CancellationToken.None);
        try
        {
            await pass.WaitAsync(wait, clock, cancel).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private Dashboard Read(StoredFigures stored, MonthBasis basis)
    {
        Dictionary<string, string> names = stored.Facilities.Where(f => f.Name is not null).ToDictionary(f => f.FacilityId, f => f.Name!, StringComparer.Ordinal);
        return DashboardFigures.Of(stored.Total(), stored.Screened ?? 0, clock.GetUtcNow(), calendar, basis, names) with
        {
            CountedUtc = stored.CountedUtc,
            Pending = stored.Pending,
        };
    }
}
