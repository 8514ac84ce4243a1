using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Engine;

/// <summary>A pack compiled into indexed evaluators. Immutable: share it across threads; swap it whole.</summary>
public sealed class CompiledPack
{
    internal CompiledPack(RulePack source, CompiledRule[] rules)
    {
        Source = source;
        Rules = rules;
        Index = new CodeIndex(rules.SelectMany(r => r.IndexedCodes.Select(c => (c.Code, new Hit(r.Index, c.Entry, -1, c.Role)))));
        CompiledRule[] observers = [.. rules.Where(r => r.ObservesEveryLine)];
        ObserversByCategory = [.. Enum.GetValues<ItemCategory>().Select(c => observers.Where(r => r.ObservedCategories?.Contains(c) ?? true).ToArray())];
        SettlementLevel = [.. rules.Where(r => r.IsSettlementLevel)];
        HistoryWindowDays = rules.Select(r => r.HistoryWindowDays).DefaultIfEmpty(0).Max();
        HasIndicators = rules.Any(r => r is Indicators.IIndicatorRule);
    }

    public RulePack Source { get; }

    public string Label => Source.Label;

    public IReadOnlyList<CompiledRule> Rules { get; }

    internal CodeIndex Index { get; }

    /// <summary>The line observers of each item category (indexed by the category), in pack order.</summary>
    internal CompiledRule[][] ObserversByCategory { get; }

    internal CompiledRule[] SettlementLevel { get; }

    /// <summary>Largest history window any rule needs; 0 when no rule reads history.</summary>
    public int HistoryWindowDays { get; }

    /// <summary>
    /// How long an in-memory history should keep stays for this pack: the widest history window, with room for input a
    /// little out of date order (and at least 120 days).
    /// </summary>
    public int HistoryRetentionDays => Math.Max(120, HistoryWindowDays + 90);

    /// <summary>True when the pack judges facility-month indicators, so scoring must gather their figures.</summary>
    public bool HasIndicators { get; }

    public CompiledRule? Find(string ruleId) => Rules.FirstOrDefault(r => r.Definition.Id == ruleId);

    public Scorer CreateScorer(History.IStayHistory? history = null) => new(this, history);
}
