namespace SmartReview.National.Export;

/// <summary>What an export wrote: settlements, rows per table, and input records that were not settlements (skipped).</summary>
public sealed record ExportResult(long Settlements, long Skipped, IReadOnlyDictionary<NationalTable, long> Rows, IReadOnlyDictionary<NationalTable, string> Files);
