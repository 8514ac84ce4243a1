using SmartReview.Knowledge.Mapping;

namespace SmartReview.Knowledge.Wording;

/// <summary>What a reader sees of a point: its normalised wording and item name, its national codes, and its rule.</summary>
internal sealed record WordingInput(string Text, string ItemName, RuleMapping Rule)
{
    public IReadOnlyList<string> Codes { get; init; } = [];
}
