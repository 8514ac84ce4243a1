using SmartReview.Knowledge.Mapping;

namespace SmartReview.Knowledge.Wording;

/// <summary>What a reader sees of a point: its normalised wording and item name, and the rule it belongs to.</summary>
internal sealed record WordingInput(string Text, string ItemName, RuleMapping Rule);
