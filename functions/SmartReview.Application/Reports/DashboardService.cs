using Microsoft.Extensions.Logging;

namespace SmartReview.Application.Reports;

/// <summary>
/// Serves the last built <see cref="Dashboard"/>: a build scans every case, so pages never cause one per request.
/// A dashboard older than <see cref="DashboardSettings.MaxAge"/> starts a rebuild and is still served meanwhile;
/// only the very first caller (nothing built yet) waits. At most one build runs at a time; a failed build is logged
/// and retried by the next caller.
/// </summary>
public sealed partial class DashboardService(DashboardBuilder builder, DashboardSettings settings, TimeProvider clock, ILogger<DashboardService> log)
{
    private readonly Lock _gate = new();
    private Dashboard? _last;
    private Task<Dashboard>? _building;

    /// <summary>The last built dashboard, starting a rebuild in the background if it is stale; waits only when none was ever built.</summary>
    public Task<Dashboard> GetAsync(CancellationToken cancel = default)
    {
        lock (_gate)
        {
            if (_last is { } last && clock.GetUtcNow() - last.AsOfUtc < settings.MaxAge)
            {
                return Task.FromResult(last);
            }

            Task<Dashboard> building = StartBuild();
            return _last is { } stale ? Task.FromResult(stale) : building.WaitAsync(cancel);
        }
    }

    /// <summary>Builds now (or joins the build running) and waits for it, whatever the age of the last one.</summary>
    public Task<Dashboard> RefreshAsync(CancellationToken cancel = default)
    {
        lock (_gate)
        {
            return StartBuild().WaitAsync(cancel);
        }
    }

    private Task<Dashboard> StartBuild() => _building ??= Task.Run(BuildAsync);

    private async Task<Dashboard> BuildAsync()
    {
        try
        {
            // Not the caller's token: other callers may be waiting on this build.
            Dashboard built = await builder.BuildAsync(clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            lock (_gate)
            {
                _last = built;
            }

            return built;
        }
        catch (Exception e)
        {
            // A background rebuild has no caller to see this: the log does.
            BuildFailed(log, e);
            throw;
        }
        finally
        {
            lock (_gate)
            {
                _building = null;
            }
        }
    }

    [LoggerMessage(1, LogLevel.Error, "the dashboard build failed; the last one is still served and the next request retries")]
    private static partial void BuildFailed(ILogger log, Exception error);
}
