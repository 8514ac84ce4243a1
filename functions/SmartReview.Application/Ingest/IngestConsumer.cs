using SmartReview.Application.Ports;

namespace SmartReview.Application.Ingest;

/// <summary>
/// The ingest queue: each upload into a batch (<see cref="IngestHandler"/>: bad input fails its batch at once, anything
/// else is thrown to be tried again); an upload whose ingest kept failing fails its batch, with the reason, and stays in the poison queue.
/// </summary>
public sealed class IngestConsumer(IngestHandler handler) : IQueueConsumer<IngestMessage>
{
    public string Describe(IngestMessage message) => "upload " + message.Upload;

    public Task HandleAsync(IngestMessage message, CancellationToken cancel) => handler.HandleAsync(message, cancel);

    public Task PoisonedAsync(IngestMessage message, string error, CancellationToken cancel) => handler.FailAsync(message, error, cancel);
}
