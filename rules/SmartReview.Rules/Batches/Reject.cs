namespace SmartReview.Rules.Batches;

/// <summary>A quarantined input record: where it was, what was wrong (field and reason) and the record itself.</summary>
public sealed record Reject(long LineNumber, string? SettlementId, string Field, string Reason, string Raw);
