namespace SmartReview.Rules.Settlements;

/// <summary>Why a record was rejected: the field path (e.g. <c>lines[3].quantity</c>) and the reason.</summary>
public sealed record RecordError(string Field, string Reason);
