namespace SmartReview.Host.Durable;

/// <summary>The durable review flow's log lines.</summary>
internal static partial class Log
{
    [LoggerMessage(20, LogLevel.Information, "durable task sidecar on task hub {Hub} listening on 127.0.0.1:{Port}")]
    public static partial void SidecarListening(ILogger log, string hub, int port);

    [LoggerMessage(21, LogLevel.Information, "deadline catch-up armed for {NowUtc:O}")]
    public static partial void CaughtUp(ILogger log, DateTimeOffset nowUtc);

    [LoggerMessage(22, LogLevel.Warning, "deadline catch-up could not be armed; trying again")]
    public static partial void CatchUpFailed(ILogger log, Exception error);

    [LoggerMessage(23, LogLevel.Warning, "case {CaseId} of facility {FacilityId}: its orchestration could not be told of version {Version}")]
    public static partial void CaseFlowFailed(ILogger log, Exception error, string caseId, string facilityId, int version);

    [LoggerMessage(24, LogLevel.Error, "case {CaseId} of facility {FacilityId}: version {Version} never reached its orchestration ({Error}); the instant's timer still passes its deadline")]
    public static partial void CaseFlowPoisoned(ILogger log, string caseId, string facilityId, int version, string error);
}
