using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using SmartReview.Application.Ingest;
using SmartReview.Storage.Queues;

namespace SmartReview.Functions;

/// <summary>
/// Scores a queued chunk with <see cref="ChunkHandler"/> (it arms the deadlines of the cases it opens); a chunk whose
/// message went to the poison queue after host.json's <c>maxDequeueCount</c> fails its batch, as in the host.
/// </summary>
internal sealed class ChunkFunctions(ChunkHandler handler, StorageQueue<ChunkMessage> queue)
{
    [Function("Chunks")]
    public async Task ScoreAsync([QueueTrigger("%ChunkQueue%")] string message, [DurableClient] DurableTaskClient durable, CancellationToken cancel)
    {
        using (InvocationDeadlineTimers.Use(durable))
        {
            await handler.HandleAsync(Parse(message), cancel);
        }
    }

    [Function("ChunksPoisoned")]
    public Task PoisonedAsync([QueueTrigger("%ChunkQueue%-poison")] string message, CancellationToken cancel) =>
        handler.FailAsync(Parse(message), "failed on every attempt", cancel);

    private ChunkMessage Parse(string message) => JsonSerializer.Deserialize(message, queue.Type) ?? throw new JsonException("empty chunk message");
}
