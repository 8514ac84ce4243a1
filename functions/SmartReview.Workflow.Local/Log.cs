using Microsoft.Extensions.Logging;

namespace SmartReview.Workflow.Local;

/// <summary>The durable review flow's log lines.</summary>
internal static partial class Log
{
    [LoggerMessage(20, LogLevel.Information, "durable task sidecar on task hub {Hub} listening on 127.0.0.1:{Port}")]
    public static partial void SidecarListening(ILogger log, string hub, int port);

    [LoggerMessage(21, LogLevel.Information, "deadline catch-up armed for {NowUtc:O}")]
    public static partial void CaughtUp(ILogger log, DateTimeOffset nowUtc);

    [LoggerMessage(22, LogLevel.Warning, "deadline catch-up could not be armed; trying again")]
    public static partial void CatchUpFailed(ILogger log, Exception error);
}
