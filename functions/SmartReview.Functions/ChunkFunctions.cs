using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Storage.Queues;

namespace SmartReview.Functions;

/// <summary>
/// The chunk queue's consumer, as in the host: a chunk scored (arming the deadlines of the cases it opens); a chunk
/// whose message went to the poison queue after host.json's <c>maxDequeueCount</c> fails its batch.
/// </summary>
internal sealed class ChunkFunctions(IQueueConsumer<ChunkMessage> consumer, StorageQueue<ChunkMessage> queue)
{
    [Function("Chunks")]
    public async Task ScoreAsync([QueueTrigger("%ChunkQueue%")] string message, [DurableClient] DurableTaskClient durable, CancellationToken cancel)
    {
        using (InvocationDeadlineTimers.Use(durable))
        {
            await consumer.HandleAsync(Parse(message), cancel);
        }
    }

    [Function("ChunksPoisoned")]
    public Task PoisonedAsync([QueueTrigger("%ChunkQueue%-poison")] string message, CancellationToken cancel) =>
        consumer.PoisonedAsync(Parse(message), "failed on every attempt", cancel);

    private ChunkMessage Parse(string message) => JsonSerializer.Deserialize(message, queue.Type) ?? throw new JsonException("empty chunk message");
}
