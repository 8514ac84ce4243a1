using SmartReview.Rules.History;

namespace SmartReview.Storage.History;

/// <summary>A bucket blob: the chunks whose stays it holds (with their result names) and the stays.</summary>
internal sealed record BucketFile(IReadOnlyList<string> Applied, IReadOnlyList<StayRecord> Stays);
