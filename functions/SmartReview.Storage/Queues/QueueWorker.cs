using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartReview.Application.Ports;

namespace SmartReview.Storage.Queues;

/// <summary>
/// One queue received in this process: its pump kept running, each message handed to the queue's
/// <see cref="IQueueConsumer{T}"/>, what was done, what failed and what was poisoned logged with this process's name.
/// </summary>
public sealed class QueueWorker<T>(StorageAccount account, string queueName, StorageQueue<T> queue, IQueueConsumer<T> consumer, int concurrency,
    WorkerSettings settings, ILogger<QueueWorker<T>> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PumpLoop.RunAsync(queueName, stop => new QueuePump<T>(queue, account.Queue(queueName + QueueNames.PoisonSuffix), HandleAsync, PoisonedAsync,
            concurrency, visibility: settings.Visibility).RunAsync(stop), log, stoppingToken);

    private async Task HandleAsync(T message, CancellationToken cancel)
    {
        try
        {
            await consumer.HandleAsync(message, cancel).ConfigureAwait(false);
            Log.Done(log, consumer.Describe(message), settings.Instance);
        }
        catch (Exception e) when (!cancel.IsCancellationRequested)
        {
            Log.Failed(log, e, consumer.Describe(message));
            throw;
        }
    }

    /// <summary>The consumer records the failure (a batch failed); if it cannot (storage still down), the log says so.</summary>
    private async Task PoisonedAsync(T message, string error, CancellationToken cancel)
    {
        Log.Poisoned(log, consumer.Describe(message), error);
        try
        {
            await consumer.PoisonedAsync(message, error, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancel.IsCancellationRequested)
        {
            Log.PoisonNotRecorded(log, e, consumer.Describe(message));
        }
    }
}
