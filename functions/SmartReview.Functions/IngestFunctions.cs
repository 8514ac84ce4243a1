using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Storage.Queues;

namespace SmartReview.Functions;

/// <summary>
/// Uploads into batches: a message on the ingest queue (what <c>POST /api/batches</c> sends) goes to the ingest queue's
/// consumer, as in the host, and so does one that reached the poison queue; a file dropped under <c>drop/</c> in the
/// uploads container is queued for the same.
/// Messages are the storage adapter's JSON, sent unencoded (host.json: <c>messageEncoding: none</c>).
/// </summary>
internal sealed class IngestFunctions(IQueueConsumer<IngestMessage> consumer, StorageQueue<IngestMessage> queue, IWorkQueue<IngestMessage> ingest)
{
    [Function("Ingest")]
    public Task IngestAsync([QueueTrigger("%IngestQueue%")] string message, CancellationToken cancel) =>
        consumer.HandleAsync(Parse(message), cancel);

    /// <summary>An ingest that failed host.json's <c>maxDequeueCount</c> times fails its batch, with the reason, as in the host.</summary>
    [Function("IngestPoisoned")]
    public Task PoisonedAsync([QueueTrigger("%IngestQueue%-poison")] string message, CancellationToken cancel) =>
        consumer.PoisonedAsync(Parse(message), "failed on every attempt", cancel);

    /// <summary>
    /// Queued rather than ingested here, so a dropped file retries and poisons like an uploaded one. Only <c>drop/</c>:
    /// the API's uploads sit at the container's root and are queued by the API already.
    /// </summary>
    [Function("IngestDrop")]
    public Task DropAsync([BlobTrigger("%UploadsContainer%/drop/{name}", Source = BlobTriggerSource.EventGrid)] BlobClient blob, CancellationToken cancel) =>
        ingest.SendAsync(new IngestMessage(blob.Name), cancel);

    private IngestMessage Parse(string message) => JsonSerializer.Deserialize(message, queue.Type) ?? throw new JsonException("empty ingest message");
}
