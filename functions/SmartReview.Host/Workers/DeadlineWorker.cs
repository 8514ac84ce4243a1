using SmartReview.Application.Cases;
using SmartReview.Storage.Cases;

namespace SmartReview.Host.Workers;

/// <summary>
/// Every <see cref="WorkerSettings.SweepSeconds"/>: passes the deadlines that are due, then finishes index updates a
/// crash left in the outbox. A failed round is logged and the next one runs as usual.
/// </summary>
internal sealed class DeadlineWorker(DeadlineSweep sweep, TableCaseStore cases, WorkerSettings settings, ILogger<DeadlineWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.SweepInterval);
        do
        {
            try
            {
                int passed = await sweep.RunAsync(stoppingToken);
                int repaired = await cases.RepairIndexAsync(stoppingToken);
                if (passed + repaired > 0)
                {
                    Log.Swept(log, passed, repaired);
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
