using SmartReview.Application.Cases;

namespace SmartReview.Host.Workers;

/// <summary>
/// Every <see cref="WorkerSettings.SweepSeconds"/>: runs the deadline sweep (index repair, then the deadlines that are
/// due). A failed round is logged and the next one runs as usual.
/// </summary>
internal sealed class DeadlineWorker(DeadlineSweep sweep, WorkerSettings settings, ILogger<DeadlineWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.SweepInterval);
        do
        {
            try
            {
                int passed = await sweep.RunAsync(stoppingToken);
                if (passed > 0)
                {
                    Log.Swept(log, passed);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                Log.SweepFailed(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
