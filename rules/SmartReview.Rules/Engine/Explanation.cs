using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Engine;

/// <summary>Why one rule did or did not fire on one settlement, on one basis: every condition evaluated, and the flags it produced.</summary>
public sealed record Explanation(string SettlementId, RuleDefinition Rule, string Pack, ScreeningBasis Basis, IReadOnlyList<Condition> Conditions,
    IReadOnlyList<Flag> Flags)
{
    /// <summary>The pack version and basis (resolved for the settlement) the rule was judged by, in words.</summary>
    public LocalizedText JudgedBy => Texts.JudgedBy(Rule.Pack ?? Pack, Basis);

    public bool Fired => Flags.Count > 0;
}
