namespace SmartReview.Application.Ports;

/// <summary>
/// What one queue's messages are for, whichever host receives them: the web host's queue workers and the Functions
/// app's queue triggers hand each message to the same consumer.
/// </summary>
public interface IQueueConsumer<in T>
{
    /// <summary>The message in a log line, e.g. "chunk B…/007-0001".</summary>
    string Describe(T message);

    Task HandleAsync(T message, CancellationToken cancel);

    /// <summary>The message failed on every attempt and went to the poison queue.</summary>
    Task PoisonedAsync(T message, string error, CancellationToken cancel);
}
