namespace SmartReview.National.Folding;

/// <summary>
/// One settlement partition folded: its settlements as JSON Lines in a temporary file, in discharge order, with the
/// discharge (UTC ticks) of each line for the merge; its counts and rejects, committed in partition order.
/// </summary>
internal sealed record PartitionOutcome(string Output, List<long> Discharges, Tally Tally);
