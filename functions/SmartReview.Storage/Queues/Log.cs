using Microsoft.Extensions.Logging;

namespace SmartReview.Storage.Queues;

/// <summary>The queue workers' log lines. "chunk … done by …" is also how the process tests tell which process scored what.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "{Message} done by {Instance}")]
    public static partial void Done(ILogger log, string message, string instance);

    [LoggerMessage(2, LogLevel.Warning, "{Message} failed; it will be retried")]
    public static partial void Failed(ILogger log, Exception error, string message);

    [LoggerMessage(3, LogLevel.Error, "{Message} moved to the poison queue: {Error}")]
    public static partial void Poisoned(ILogger log, string message, string error);

    [LoggerMessage(4, LogLevel.Error, "the {Queue} queue pump stopped; restarting it")]
    public static partial void PumpFailed(ILogger log, Exception error, string queue);

    [LoggerMessage(5, LogLevel.Error, "{Message} is in the poison queue, but its failure could not be recorded")]
    public static partial void PoisonNotRecorded(ILogger log, Exception error, string message);
}
