using SmartReview.Review;
using SmartReview.Rules.Batches;

namespace SmartReview.Application.Ingest;

/// <summary>
/// What scoring one chunk produced: a summary per flag (what a case opens from), the rejects with their line numbers in
/// the upload, the totals, the flags as JSON lines, the raw lines of the settlements that got a flag, the chunk's
/// facility-month indicator figures, and the names those settlements give their facilities (id → name).
/// </summary>
public sealed record ScoredChunk(IReadOnlyList<FlagSummary> Flags, IReadOnlyList<Reject> Rejects, BatchTotals Totals, byte[] FlagsJson,
    byte[] FlaggedSettlements, IReadOnlyList<Rules.Indicators.FacilityMonth> Indicators, IReadOnlyDictionary<string, string>? Facilities = null);
