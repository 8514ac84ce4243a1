using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Items that must not be charged together, when the knowledge does not say which item contains which (a duplicate
/// charge or unbundling point whose sides are prose): two or more different codes of one entry charged on one day go to
/// a reviewer with the official wording. One item alone is never flagged. The lines of every code after the first
/// charged that day are flagged; the amount at stake is their whole amount. Rules of this family should be suspicious.
/// </summary>
internal sealed class TextRestrictedPair : IRuleFamily
{
    public string Name => "text_restricted_pair";

    public bool NeedsKnowledge => true;

    public CompiledRule Compile(RuleInput input) => new Rule(input.Rule, input.Entries);

    private sealed class Rule(RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries) : CompiledRule(definition, entries)
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
                context.Trace?.Check("Check_Together", codes.Length > 1, entry.ItemName, group.Key.Day, codes.Length);
                if (codes.Length < 2)
                {
                    continue;
                }

                int[] flagged = [.. ordered.Where(i => lines[i].Code != codes[0])];
                decimal amount = flagged.Sum(i => lines[i].Amount);
                object?[] values = [entry.ItemName, group.Key.Day, lines[ordered[0]].Name, lines[flagged[0]].Name, codes.Length, amount, entry.Text];
                context.Emit(this, flagged, amount, "Flag_text_restricted_pair", values, entry.Id);
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
