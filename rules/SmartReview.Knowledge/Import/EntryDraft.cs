using System.Text.Json.Nodes;

namespace SmartReview.Knowledge.Import;

/// <summary>A knowledge entry about to be written, with the rule it came from and the batch row that produced it.</summary>
internal sealed record EntryDraft
{
    public required string Id { get; init; }
    public required string Set { get; init; }
    public required string Family { get; init; }
    public required string RuleKey { get; init; }
    public required IReadOnlyList<string> Codes { get; init; }
    public required string ItemName { get; init; }
    public required string Text { get; init; }
    public required JsonObject Attributes { get; init; }
    public required string Source { get; init; }

    /// <summary>Why the entry is text-only; null when machine-checkable.</summary>
    public string? TextReason { get; init; }

    public required RowTally Origin { get; init; }

    /// <summary>The shape the structural step decided (<see cref="Shapes.PointShapes"/>).</summary>
    public required string Shape { get; init; }

    /// <summary>The point's scope for renames and absorption (<see cref="PointIdentity.Scope"/>); null when its rule has none.</summary>
    public string? Scope { get; init; }

    public bool IsTextOnly => TextReason is not null;
}
