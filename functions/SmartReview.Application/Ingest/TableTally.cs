namespace SmartReview.Application.Ingest;

/// <summary>One table of a national extract as ingest read it: rows received = accepted (in accepted settlements) + rejected.</summary>
public sealed record TableTally(string Table, long Received, long Accepted, long Rejected);
