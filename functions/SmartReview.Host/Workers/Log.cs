namespace SmartReview.Host.Workers;

/// <summary>The workers' log lines. "chunk … done by …" is also how the process tests tell which process scored what.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "ingested {Upload} as batch {BatchId} ({Chunks} chunks) by {Instance}")]
    public static partial void Ingested(ILogger log, string upload, string batchId, int chunks, string instance);

    [LoggerMessage(2, LogLevel.Warning, "ingest of {Upload} failed; it will be retried")]
    public static partial void IngestFailed(ILogger log, Exception error, string upload);

    [LoggerMessage(3, LogLevel.Error, "ingest of {Upload} moved to the poison queue: {Error}")]
    public static partial void IngestPoisoned(ILogger log, string upload, string error);

    [LoggerMessage(4, LogLevel.Information, "chunk {BatchId}/{ChunkId} done by {Instance}")]
    public static partial void ChunkDone(ILogger log, string batchId, string chunkId, string instance);

    [LoggerMessage(5, LogLevel.Warning, "chunk {BatchId}/{ChunkId} failed; it will be retried")]
    public static partial void ChunkFailed(ILogger log, Exception error, string batchId, string chunkId);

    [LoggerMessage(6, LogLevel.Error, "chunk {BatchId}/{ChunkId} moved to the poison queue, batch failed: {Error}")]
    public static partial void ChunkPoisoned(ILogger log, string batchId, string chunkId, string error);

    [LoggerMessage(7, LogLevel.Error, "the {Queue} queue pump stopped; restarting it")]
    public static partial void PumpFailed(ILogger log, Exception error, string queue);
}
