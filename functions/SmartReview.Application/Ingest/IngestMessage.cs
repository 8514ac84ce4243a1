namespace SmartReview.Application.Ingest;

/// <summary>The queue message (or blob trigger) that asks for an uploaded file to be split into a batch.</summary>
public sealed record IngestMessage(string Upload);
