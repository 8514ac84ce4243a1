using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure.Storage.Queues;
using SmartReview.Application.Ports;

namespace SmartReview.Storage.Queues;

/// <summary><see cref="IWorkQueue{T}"/> on a storage queue; messages are JSON, well under the 64 KiB limit.</summary>
public sealed class StorageQueue<T>(QueueClient queue, JsonTypeInfo<T> type) : IWorkQueue<T>
{
    public QueueClient Client => queue;

    public JsonTypeInfo<T> Type => type;

    public Task SendAsync(T message, CancellationToken cancel) =>
        queue.SendMessageAsync(JsonSerializer.Serialize(message, type), cancel);
}
