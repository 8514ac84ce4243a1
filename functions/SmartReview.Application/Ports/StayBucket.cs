using SmartReview.Rules.History;

namespace SmartReview.Application.Ports;

/// <summary>The stays of one person bucket as read, with the storage version it was read at (null: never written).</summary>
public sealed record StayBucket(int Bucket, IReadOnlyList<StayRecord> Stays, string? Version);
