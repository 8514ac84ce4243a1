using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Engine;

/// <summary>Why one rule did or did not fire on one settlement: every condition evaluated, and the flags it produced.</summary>
public sealed record Explanation(string SettlementId, RuleDefinition Rule, string Pack, IReadOnlyList<Condition> Conditions, IReadOnlyList<Flag> Flags)
{
    public bool Fired => Flags.Count > 0;
}
