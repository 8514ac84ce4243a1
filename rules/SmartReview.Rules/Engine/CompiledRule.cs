using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Engine;

/// <summary>
/// A rule ready to evaluate. Families subclass it; the scorer hands it the hits of its indexed codes (grouped by
/// entry, in line order) and it emits flags through the <see cref="RuleContext"/>.
/// </summary>
public abstract class CompiledRule(RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries)
{
    private readonly Applicability _applicability = new(definition);

    public RuleDefinition Definition { get; } = definition;

    public IReadOnlyList<KnowledgeEntry> Entries { get; } = entries;

    /// <summary>Position in the compiled pack; set by the compiler.</summary>
    public int Index { get; internal set; }

    /// <summary>What the rule's flags put at stake: its family's <see cref="Families.IRuleFamily.Stakes"/>; set by the compiler.</summary>
    public Families.Stake Stakes { get; internal set; }

    /// <summary>Codes this rule wants to see on lines. Empty for settlement-level rules.</summary>
    public virtual IEnumerable<IndexedCode> IndexedCodes => [];

    /// <summary>True when the rule must look at every line (not only indexed codes) during the pass.</summary>
    public virtual bool ObservesEveryLine => false;

    /// <summary>With <see cref="ObservesEveryLine"/>: the categories whose lines the rule observes; null for all lines.</summary>
    public virtual IReadOnlyList<ItemCategory>? ObservedCategories => null;

    /// <summary>True when the rule judges each hit's line alone, so the scorer may drop a hit that <see cref="Keeps"/> rejects.</summary>
    public virtual bool JudgesLinesAlone => false;

    /// <summary>Days of history either side of the stay this rule needs; 0 when it reads no history.</summary>
    public virtual int HistoryWindowDays => 0;

    /// <summary>Settlement-level rules are evaluated on every settlement in scope, hits or not.</summary>
    public bool IsSettlementLevel => !IndexedCodes.Any() && !ObservesEveryLine;

    public bool AppliesTo(Settlement s, ScreeningBasis basis) =>
        _applicability.Covers(basis.JudgingDate(s.DischargeDate), s.Scheme, s.Setting, s.Facility.Level);

    /// <summary>Whether the rule judges a stay: enabled, in force on the basis' date for it, its scope covering it.</summary>
    public bool AppliesTo(History.StayRecord stay, ScreeningBasis basis) =>
        _applicability.Covers(basis.JudgingDate(stay.Discharge), stay.Scheme, stay.Setting, stay.Level);

    /// <summary>
    /// History rules run on every settlement, whatever their scope, because the stay they flag may be another one:
    /// they check <see cref="AppliesTo(History.StayRecord, ScreeningBasis)"/> on the stay they flag, so the result does not depend on
    /// which stay arrives first.
    /// </summary>
    public bool ReadsHistory => HistoryWindowDays > 0;

    /// <summary>Called for every line (of <see cref="ObservedCategories"/>) when <see cref="ObservesEveryLine"/>: keeps the line, unless overridden to choose.</summary>
    public virtual void Observe(RuleContext context, int line) => context.Keep(this, line);

    /// <summary>
    /// With <see cref="JudgesLinesAlone"/>: whether <paramref name="line"/>, matched by entry <paramref name="entry"/>, can
    /// break the rule. Asked at lookup, before the pass over the lines ends, and never under a trace (traces show every hit).
    /// </summary>
    public virtual bool Keeps(RuleContext context, int entry, LineItem line) => true;

    public abstract void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits);
}
