using Microsoft.Extensions.Hosting;
using SmartReview.Application.Reports;

namespace SmartReview.Storage.Reports;

/// <summary>
/// A host's loop that counts the dashboard figures that changed every <see cref="DashboardSettings.Every"/>; a failed
/// pass is logged by the refresher and the next one tries again (the marks stay). The Functions app runs the same pass on a timer.
/// </summary>
internal sealed class FigureRefreshWorker(FigureRefresher refresher, DashboardSettings settings, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Every, clock);
        do
        {
            try
            {
                await refresher.RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Logged by the refresher; the next tick tries again.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
