namespace SmartReview.Application.Ingest;

/// <summary>
/// A rejected record of a batch, for display: its line in the upload, settlement id (when readable), field and reason,
/// and the record as it came, cut to <see cref="BatchRejects.RecordChars"/> characters (<see cref="RecordCut"/>).
/// </summary>
public sealed record StoredReject(long LineNumber, string? SettlementId, string Field, string Reason, string Record, bool RecordCut);
