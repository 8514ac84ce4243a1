using Microsoft.Extensions.Logging;

namespace SmartReview.Storage.Queues;

/// <summary>Keeps a queue pump running: when it stops on an error (storage unreachable), logs it and starts it again after a pause.</summary>
internal static class PumpLoop
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(string queue, Func<CancellationToken, Task> pump, ILogger log, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await pump(stop).ConfigureAwait(false);
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                Log.PumpFailed(log, e, queue);
                await Task.Delay(Pause, stop).ConfigureAwait(false);
            }
        }
    }
}
