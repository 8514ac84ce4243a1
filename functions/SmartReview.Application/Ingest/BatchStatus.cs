namespace SmartReview.Application.Ingest;

/// <summary>
/// Where a batch is: being scored, done, or stopped (a chunk that kept failing; an upload that could not be read to its
/// end or folded, or whose ingest kept failing: <see cref="BatchRecord.FailedAtIngest"/>); <see cref="Queued"/> before
/// that, from its upload until ingest has cut the file (the upload's placeholder row).
/// </summary>
public enum BatchStatus { Scoring, Completed, Failed, Queued }
