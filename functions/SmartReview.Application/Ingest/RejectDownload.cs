namespace SmartReview.Application.Ingest;

/// <summary>All of a batch's rejects as JSON Lines (records in full): a file name, and what writes them to a stream.</summary>
public sealed record RejectDownload(string FileName, Func<Stream, CancellationToken, Task> WriteAsync);
