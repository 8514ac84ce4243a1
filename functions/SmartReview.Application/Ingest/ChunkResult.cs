using SmartReview.Review;

namespace SmartReview.Application.Ingest;

/// <summary>
/// What scoring a chunk decided, kept as a blob before its stays are saved: the totals and a summary per flag (what
/// a case opens from). A chunk delivered again after that reuses it instead of scoring on a history that now holds
/// its own stays (and maybe later ones). <see cref="Settlements"/> names the file beside it that keeps the flagged
/// settlements (null when none, and in results written before settlements were kept); <see cref="Indicators"/> the file
/// of its facility-month indicator figures (null when the pack has no indicator rule, and in results written before);
/// <see cref="Facilities"/> the names the flagged settlements give their facilities (id → name; null in results
/// written before they were kept).
/// </summary>
public sealed record ChunkResult(BatchTotals Totals, IReadOnlyList<FlagSummary> Flags, string? Settlements = null, string? Indicators = null,
    IReadOnlyDictionary<string, string>? Facilities = null);
