using SmartReview.Knowledge.Mapping;
using SmartReview.Knowledge.Shapes;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// What a reader sees of a point: its normalised wording and item name, its national codes, its rule, and the shape
/// its structure decided (the structural step runs first; the wording fills in).
/// </summary>
internal sealed record WordingInput(string Text, string ItemName, RuleMapping Rule)
{
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>The shape the rule, codes and logic decided; the rule's own when a reader is tried alone.</summary>
    public string Shape { get; init; } = PointShapes.OfRule(Rule) ?? PointShapes.Item;
}
