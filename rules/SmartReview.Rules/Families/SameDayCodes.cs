using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Two or more different codes of one knowledge entry charged on one day. The lines of every code after the first
/// charged that day are flagged; the amount at stake is their whole amount; one flag per entry and day. One code
/// alone, however often, is never flagged. The families differ only in what an entry means and what the flag says.
/// </summary>
internal abstract class SameDayCodes : IRuleFamily
{
    public abstract string Name { get; }

    public bool NeedsKnowledge => true;


    public Stake Stakes => Stake.NamedCharges;

    /// <summary>The explanation key of the check (with the entry's name, the day and how many codes were charged).</summary>
    protected abstract string CheckKey { get; }

    public CompiledRule Compile(RuleInput input) => new Rule(this, input.Rule, input.Entries);

    /// <summary>The flag message's values: the entry, the day, the first and the next item's names, how many codes, the amount.</summary>
    protected abstract object?[] Values(KnowledgeEntry entry, DateOnly day, string first, string next, int codes, decimal amount);

    private sealed class Rule(SameDayCodes family, RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries) : CompiledRule(definition, entries)
    {
        private readonly Window[] _daily = [.. entries.Select(_ => Window.Day)];

        public override IEnumerable<IndexedCode> IndexedCodes => Entries.SelectMany((e, i) => e.Codes.Select(c => new IndexedCode(c, i, 0)));

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            if (context.Trace is not null || AnyTogether(context.WindowGroups, hits))
            {
                Flag(context, hits);
            }
        }

        private void Flag(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            IReadOnlyList<LineItem> lines = context.Settlement.Lines;
            foreach (var group in hits.ToArray().GroupBy(h => (h.Entry, Day: ChinaTime.Date(lines[h.Line].ChargedAt))))
            {
                int[] ordered = [.. group.Select(h => h.Line).Distinct().OrderBy(i => lines[i].ChargedAt).ThenBy(i => i)];
                string[] codes = [.. ordered.Select(i => lines[i].Code).Distinct()];
                KnowledgeEntry entry = Entries[group.Key.Entry];
                context.Trace?.Check(family.CheckKey, codes.Length > 1, entry.ItemName, group.Key.Day, codes.Length);
                if (codes.Length < 2)
                {
                    continue;
                }

                int[] flagged = [.. ordered.Where(i => lines[i].Code != codes[0])];
                decimal amount = flagged.Sum(i => lines[i].Amount);
                object?[] values = family.Values(entry, group.Key.Day, lines[ordered[0]].Name, lines[flagged[0]].Name, codes.Length, amount);
                context.Emit(this, flagged, amount, "Flag_" + family.Name, values, entry.Id);
            }
        }

        /// <summary>Whether some entry has two different codes on one day, counted in the context's reused buffers.</summary>
        private bool AnyTogether(WindowGroups groups, ReadOnlySpan<Hit> hits)
        {
            if (!groups.AnyTwoCodes(hits))
            {
                return false;
            }

            groups.Build(hits, _daily, byTime: false);
            for (int g = 0; g < groups.Count; g++)
            {
                if (groups.DistinctCodes(groups[g], 2) > 1)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
