using SmartReview.Application.Ports;

namespace SmartReview.Application.Ingest;

/// <summary>The chunk queue: each chunk scored (<see cref="ChunkHandler"/>); a chunk that kept failing fails its batch.</summary>
public sealed class ChunkConsumer(ChunkHandler handler) : IQueueConsumer<ChunkMessage>
{
    public string Describe(ChunkMessage message) => $"chunk {message.BatchId}/{ChunkRecord.Name(message.Bucket, message.Part)}";

    public Task HandleAsync(ChunkMessage message, CancellationToken cancel) => handler.HandleAsync(message, cancel);

    public Task PoisonedAsync(ChunkMessage message, string error, CancellationToken cancel) => handler.FailAsync(message, error, cancel);
}
