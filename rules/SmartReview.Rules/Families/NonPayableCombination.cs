using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Herbal pieces not payable alone or only with others of their list (中药饮片单方使用不予支付): on a day when every
/// payable herbal-piece line is of the list, those lines are flagged; their whole amount is at stake. One flag per day.
/// </summary>
internal sealed class NonPayableCombination : IRuleFamily
{
    public string Name => "non_payable_combination";

    public bool NeedsKnowledge => true;


    public Stake Stakes => Stake.NamedCharges;

    public CompiledRule Compile(RuleInput input) =>
        new Rule(input.Rule, input.Entries, new CodePatterns(input.Entries.SelectMany(e => e.Codes)));

    private sealed class Rule(RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries, CodePatterns listed) : CompiledRule(definition, entries)
    {
        private static readonly Window[] Daily = [Window.Day];

        public override bool ObservesEveryLine => true;

        public override IReadOnlyList<ItemCategory> ObservedCategories { get; } = [ItemCategory.HerbalPiece];

        public override void Observe(RuleContext context, int line)
        {
            if (context.Lines[line].PaymentClass != PaymentClass.C)
            {
                context.Keep(this, line);
            }
        }

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            IReadOnlyList<LineItem> lines = context.Settlement.Lines;
            if (context.Trace is null && !AnyDayAllListed(context.WindowGroups, hits, context.Lines))
            {
                return;
            }

            foreach (IGrouping<DateOnly, int> day in hits.ToArray().Select(h => h.Line).GroupBy(i => ChinaTime.Date(lines[i].ChargedAt)))
            {
                int listedCount = day.Count(i => listed.Matches(lines[i].Code));
                bool breaks = listedCount == day.Count();
                context.Trace?.Check("Check_HerbalCombination", breaks, day.Key, day.Count(), listedCount);
                if (breaks)
                {
                    int[] flagged = [.. day];
                    decimal amount = flagged.Sum(i => lines[i].Amount);
                    context.Emit(this, flagged, amount, "Flag_non_payable_combination", [day.Key, flagged.Length, amount]);
                }
            }
        }

        /// <summary>Whether some day's payable herbal pieces are all of the list, found in the context's reused buffers.</summary>
        private bool AnyDayAllListed(WindowGroups days, ReadOnlySpan<Hit> hits, ReadOnlySpan<LineItem> lines)
        {
            days.Build(hits, Daily, byTime: false);
            for (int d = 0; d < days.Count; d++)
            {
                bool all = true;
                foreach (WindowMember member in days.Members(days[d]))
                {
                    all &= listed.Matches(lines[member.Line].Code);
                    if (!all)
                    {
                        break;
                    }
                }

                if (all)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
