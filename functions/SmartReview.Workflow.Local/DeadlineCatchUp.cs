using SmartReview.Application.Ports;

namespace SmartReview.Workflow.Local;

/// <summary>
/// At start, arms the deadline timer of "now": its sweep passes what fell due while no host ran and arms each stage's
/// next deadline. Then once a day (as the Functions app's <c>ArmDeadlines</c>), so an instant whose arming was lost is
/// found again. Storage not reachable yet: tried again every few seconds.
/// </summary>
internal sealed class DeadlineCatchUp(IDeadlineTimers timers, TimeProvider clock, ILogger<DeadlineCatchUp> log) : BackgroundService
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Daily = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var daily = new PeriodicTimer(Daily, clock);
        do
        {
            await ArmNowAsync(stoppingToken);
        }
        while (await daily.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ArmNowAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            DateTimeOffset now = clock.GetUtcNow();
            try
            {
                await timers.ArmAsync([now], stoppingToken);
                Log.CaughtUp(log, now);
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                Log.CatchUpFailed(log, e);
                await Task.Delay(Pause, clock, stoppingToken);
            }
        }
    }
}
