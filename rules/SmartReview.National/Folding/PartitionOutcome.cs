namespace SmartReview.National.Folding;

/// <summary>
/// One settlement partition folded: its settlements as binary records (SettlementBinary) in a temporary file, in discharge order, with the
/// discharge (UTC ticks) of each line for the merge; its counts and rejects, committed in partition order.
/// </summary>
internal sealed record PartitionOutcome(string Output, List<long> Discharges, Tally Tally);
