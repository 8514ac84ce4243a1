using System.Text.Json.Nodes;

namespace SmartReview.Knowledge.Import;

/// <summary>What became of one input line: the entry it produced (set, attributes, text reason), a withdrawal, or a skip.</summary>
internal sealed record PointOutcome(string File, int Line, string? NhsaId, string? EntryId, string? Set, JsonObject? Attributes, string? TextReason, string? SkipReason, bool Withdrawal);
