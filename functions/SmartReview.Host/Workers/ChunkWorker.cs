using SmartReview.Application.Ingest;
using SmartReview.Storage;
using SmartReview.Storage.Queues;

namespace SmartReview.Host.Workers;

/// <summary>Scores queued chunks with <see cref="ChunkHandler"/>; a chunk that kept failing fails its batch.</summary>
internal sealed class ChunkWorker(StorageAccount account, ChunkHandler handler, WorkerSettings settings, ILogger<ChunkWorker> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PumpLoop.RunAsync(QueueNames.Chunks, stop => new QueuePump<ChunkMessage>(account.ChunkQueue, account.Queue(QueueNames.Chunks + QueueNames.PoisonSuffix),
            HandleAsync, PoisonedAsync, settings.ChunkConcurrency, visibility: settings.Visibility).RunAsync(stop), log, stoppingToken);

    private async Task HandleAsync(ChunkMessage message, CancellationToken cancel)
    {
        try
        {
            await handler.HandleAsync(message, cancel);
            Log.ChunkDone(log, message.BatchId, ChunkRecord.Name(message.Bucket, message.Part), settings.Instance);
        }
        catch (Exception e) when (!cancel.IsCancellationRequested)
        {
            Log.ChunkFailed(log, e, message.BatchId, ChunkRecord.Name(message.Bucket, message.Part));
            throw;
        }
    }

    private Task PoisonedAsync(ChunkMessage message, string error, CancellationToken cancel)
    {
        Log.ChunkPoisoned(log, message.BatchId, ChunkRecord.Name(message.Bucket, message.Part), error);
        return handler.FailAsync(message, error, cancel);
    }
}
