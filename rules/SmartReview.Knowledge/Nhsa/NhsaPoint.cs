namespace SmartReview.Knowledge.Nhsa;

/// <summary>
/// One national knowledge point as published: one line of the NHSA JSON Lines (see docs/knowledge-import.md), plus
/// our <c>status</c> column (<c>active</c>, the default, or <c>withdrawn</c>) for later batches that take a point back.
/// </summary>
internal sealed record NhsaPoint
{
    public string? NhsaId { get; init; }

    /// <summary>The batch number; null for the unnumbered series.</summary>
    public int? Batch { get; init; }

    public string? RuleCode { get; init; }
    public string? RuleName { get; init; }
    public IReadOnlyList<string> Codes { get; init; } = [];
    public string ItemName { get; init; } = "";

    /// <summary>The official wording; empty when the row has none.</summary>
    public string Restriction { get; init; } = "";

    public string? Logic { get; init; }
    public string SourceFile { get; init; } = "";
    public int? SourceRow { get; init; }
    public string Status { get; init; } = PointStatus.Active;

    public bool Withdrawn => Status == PointStatus.Withdrawn;

    public string BatchLabel => Batch is int n ? $"batch {n}" : "unnumbered";

    /// <summary>Where the point comes from, as knowledge entries record it.</summary>
    public string Source => $"NHSA {(Batch is int n ? $"batch {n}" : "unnumbered batch")}: {SourceFile} row {SourceRow?.ToString() ?? "?"}";
}
