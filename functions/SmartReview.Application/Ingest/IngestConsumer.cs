using SmartReview.Application.Ports;

namespace SmartReview.Application.Ingest;

/// <summary>The ingest queue: each upload into a batch (<see cref="IngestHandler"/>); an upload that kept failing stays in the poison queue.</summary>
public sealed class IngestConsumer(IngestHandler handler) : IQueueConsumer<IngestMessage>
{
    public string Describe(IngestMessage message) => "upload " + message.Upload;

    public Task HandleAsync(IngestMessage message, CancellationToken cancel) => handler.HandleAsync(message, cancel);

    public Task PoisonedAsync(IngestMessage message, string error, CancellationToken cancel) => Task.CompletedTask;
}
