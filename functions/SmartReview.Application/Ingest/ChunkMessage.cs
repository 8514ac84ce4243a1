namespace SmartReview.Application.Ingest;

/// <summary>The queue message that asks a worker to score one chunk.</summary>
public sealed record ChunkMessage(string BatchId, int Bucket, int Part);
