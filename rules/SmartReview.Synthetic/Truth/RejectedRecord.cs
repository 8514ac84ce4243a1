namespace SmartReview.Synthetic.Truth;

/// <summary>A record corrupted on purpose: its 1-based line in the settlements stream and the field the reader must name.</summary>
public sealed record RejectedRecord(long LineNumber, string Field, string Kind, string SettlementId);
