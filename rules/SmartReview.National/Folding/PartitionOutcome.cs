namespace SmartReview.National.Folding;

/// <summary>One settlement partition folded: its settlements as JSON Lines and its counts and rejects, committed in partition order.</summary>
internal sealed record PartitionOutcome(MemoryStream Output, Tally Tally);
