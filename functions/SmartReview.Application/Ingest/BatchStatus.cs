namespace SmartReview.Application.Ingest;

/// <summary>Where a batch is: being scored, done, or stopped by a chunk that kept failing.</summary>
public enum BatchStatus { Scoring, Completed, Failed }
