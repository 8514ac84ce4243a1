using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Shared shape of the "item restricted to …" families: each knowledge entry carries a limit (a sex, an age band,
/// a facility level…); a line whose code the entry covers and that breaks the limit is flagged. One flag per entry
/// and settlement, listing the breaking lines; the amount at stake is by default those lines' whole amount.
/// </summary>
internal abstract class ItemRestriction<TLimit> : IRuleFamily where TLimit : class
{
    public abstract string Name { get; }

    public bool NeedsKnowledge => true;


    public Stake Stakes => Stake.NamedCharges;

    /// <summary>Reads the entry's limit from its attributes; record errors on <paramref name="attributes"/>.</summary>
    protected abstract TLimit ReadLimit(ValueReader attributes);

    /// <summary>True when <paramref name="line"/> breaks the limit. Trace the condition with its values.</summary>
    protected abstract bool Breaks(RuleContext context, LineItem line, TLimit limit);

    /// <summary>Money at stake on a breaking line: by default the whole line.</summary>
    protected virtual decimal AmountAtStake(RuleContext context, LineItem line, TLimit limit) => line.Amount;

    /// <summary>True when the flag sentence ends with the entry's official wording (the last value).</summary>
    protected virtual bool WithEntryText => false;

    /// <summary>Values for the flag sentence after {0} item, {1} code, {2} line count and {3} amount.</summary>
    protected abstract IEnumerable<object?> Describe(RuleContext context, TLimit limit);

    public CompiledRule Compile(RuleInput input)
    {
        TLimit[] limits = [.. input.Entries.Select(e => ReadLimit(input.Attributes(e)))];
        return new Rule(this, input.Rule, input.Entries, limits);
    }

    private sealed class Rule(ItemRestriction<TLimit> family, RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries, TLimit[] limits)
        : CompiledRule(definition, entries)
    {
        public override IEnumerable<IndexedCode> IndexedCodes =>
            Entries.SelectMany((e, i) => e.Codes.Select(c => new IndexedCode(c, i, 0)));

        public override bool JudgesLinesAlone => true;

        public override bool Keeps(RuleContext context, int entry, LineItem line) => family.Breaks(context, line, limits[entry]);

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            ReadOnlySpan<LineItem> lines = context.Lines;
            int start = 0;
            while (start < hits.Length)
            {
                int entry = hits[start].Entry;
                List<int>? breaking = null;
                decimal amount = 0;
                int end = start;
                for (; end < hits.Length && hits[end].Entry == entry; end++)
                {
                    LineItem line = lines[hits[end].Line];
                    if (family.Breaks(context, line, limits[entry]))
                    {
                        (breaking ??= []).Add(hits[end].Line);
                        amount += family.AmountAtStake(context, line, limits[entry]);
                    }
                }

                if (breaking is not null)
                {
                    LineItem first = lines[breaking[0]];
                    KnowledgeEntry source = Entries[entry];
                    object?[] values = [source.ItemName, first.Code, breaking.Count, amount, .. family.Describe(context, limits[entry])];
                    if (family.WithEntryText)
                    {
                        values = [.. values, source.Text];
                    }

                    context.Emit(this, breaking, amount, "Flag_" + family.Name, values, source.Id);
                }

                start = end;
            }
        }
    }
}
