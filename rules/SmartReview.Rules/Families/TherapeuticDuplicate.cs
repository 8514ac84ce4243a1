using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Two different drugs of one therapeutic class on the same day (重复开药: e.g. two proton-pump inhibitors). Each
/// knowledge entry is a class, its codes the class's code prefixes. The drugs after the first started that day are
/// flagged; the amount at stake is their lines' whole amount. One flag per class and day.
/// </summary>
internal sealed class TherapeuticDuplicate : IRuleFamily
{
    public string Name => "therapeutic_duplicate";

    public bool NeedsKnowledge => true;

    public CompiledRule Compile(RuleInput input) => new Rule(input.Rule, input.Entries);

    private sealed class Rule(RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries) : CompiledRule(definition, entries)
    {
        private readonly Window[] _daily = [.. entries.Select(_ => Window.Day)];

        public override IEnumerable<IndexedCode> IndexedCodes => Entries.SelectMany((e, i) => e.Codes.Select(c => new IndexedCode(c, i, 0)));

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            if (context.Trace is not null || AnyDuplicate(context.WindowGroups, hits))
            {
                Flag(context, hits);
            }
        }

        private void Flag(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            IReadOnlyList<LineItem> lines = context.Settlement.Lines;
            foreach (var group in hits.ToArray().GroupBy(h => (h.Entry, Day: ChinaTime.Date(lines[h.Line].ChargedAt))))
            {
                int[] ordered = [.. group.Select(h => h.Line).OrderBy(i => lines[i].ChargedAt).ThenBy(i => i)];
                string[] drugs = [.. ordered.Select(i => lines[i].Code).Distinct()];
                context.Trace?.Check("Check_Duplicate", drugs.Length > 1, Entries[group.Key.Entry].ItemName, group.Key.Day, drugs.Length);
                if (drugs.Length < 2)
                {
                    continue;
                }

                int[] flagged = [.. ordered.Where(i => lines[i].Code != drugs[0])];
                decimal amount = flagged.Sum(i => lines[i].Amount);
                object?[] values = [Entries[group.Key.Entry].ItemName, group.Key.Day, lines[ordered[0]].Name, lines[flagged[0]].Name, drugs.Length, amount];
                context.Emit(this, flagged, amount, "Flag_therapeutic_duplicate", values, Entries[group.Key.Entry].Id);
            }
        }

        /// <summary>Whether some class has two drugs on one day, counted in the context's reused buffers.</summary>
        private bool AnyDuplicate(WindowGroups groups, ReadOnlySpan<Hit> hits)
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
