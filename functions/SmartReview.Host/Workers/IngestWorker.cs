using SmartReview.Application.Ingest;
using SmartReview.Storage;
using SmartReview.Storage.Queues;

namespace SmartReview.Host.Workers;

/// <summary>Turns queued uploads into batches with <see cref="IngestHandler"/>; an upload that kept failing is logged.</summary>
internal sealed class IngestWorker(StorageAccount account, IngestHandler handler, WorkerSettings settings, ILogger<IngestWorker> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PumpLoop.RunAsync(QueueNames.Ingest, stop => new QueuePump<IngestMessage>(account.IngestQueue, account.Queue(QueueNames.Ingest + QueueNames.PoisonSuffix),
            HandleAsync, PoisonedAsync, settings.IngestConcurrency, visibility: settings.Visibility).RunAsync(stop), log, stoppingToken);

    private async Task HandleAsync(IngestMessage message, CancellationToken cancel)
    {
        try
        {
            BatchRecord batch = await handler.HandleAsync(message, cancel);
            Log.Ingested(log, message.Upload, batch.BatchId, batch.ChunkCount, settings.Instance);
        }
        catch (Exception e) when (!cancel.IsCancellationRequested)
        {
            Log.IngestFailed(log, e, message.Upload);
            throw;
        }
    }

    private Task PoisonedAsync(IngestMessage message, string error, CancellationToken cancel)
    {
        Log.IngestPoisoned(log, message.Upload, error);
        return Task.CompletedTask;
    }
}
