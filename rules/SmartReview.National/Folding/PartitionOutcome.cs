namespace SmartReview.National.Folding;

/// <summary>One settlement partition folded: its settlements as JSON Lines (a temporary file, deleted on close) and its counts and rejects, committed in partition order.</summary>
internal sealed record PartitionOutcome(FileStream Output, Tally Tally);
