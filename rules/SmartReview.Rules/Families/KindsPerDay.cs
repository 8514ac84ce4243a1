using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Too many different items of one category on one day (药品种类超标; 中药饮片超大处方). Parameters: <c>category</c>
/// (e.g. drug, herbal_piece) and <c>max_kinds</c>. Kinds are distinct codes, taken in order of their first charge
/// that day; the lines of the kinds beyond the limit are flagged and their whole amount is at stake. One flag per day.
/// </summary>
internal sealed class KindsPerDay : IRuleFamily
{
    public string Name => "kinds_per_day";

    public bool NeedsKnowledge => false;


    public Stake Stakes => Stake.NamedCharges;

    public CompiledRule Compile(RuleInput input)
    {
        var p = input.Parameters;
        string name = p.String("category", [.. Enum.GetValues<ItemCategory>().Select(EnumNames.Of)]);
        EnumNames.TryParse(name, out ItemCategory category);
        return new Rule(input.Rule, category, p.Int("max_kinds", 1, 1000));
    }

    private sealed class Rule(RuleDefinition definition, ItemCategory category, int maxKinds) : CompiledRule(definition, [])
    {
        private static readonly Window[] Daily = [Window.Day];

        public override bool ObservesEveryLine => true;

        public override IReadOnlyList<ItemCategory> ObservedCategories { get; } = [category];

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            if (context.Trace is not null || AnyDayBreaks(context, hits))
            {
                Flag(context, hits);
            }
        }

        private void Flag(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            IReadOnlyList<LineItem> lines = context.Settlement.Lines;
            foreach (IGrouping<DateOnly, int> day in hits.ToArray().Select(h => h.Line).GroupBy(i => ChinaTime.Date(lines[i].ChargedAt)))
            {
                string[] kinds = [.. day.OrderBy(i => lines[i].ChargedAt).ThenBy(i => i).Select(i => lines[i].Code).Distinct()];
                context.Trace?.Check("Check_Kinds", kinds.Length > maxKinds, day.Key, kinds.Length, maxKinds, Texts.Localize(category));
                if (kinds.Length <= maxKinds)
                {
                    continue;
                }

                var excess = new HashSet<string>(kinds[maxKinds..], StringComparer.Ordinal);
                int[] flagged = [.. day.Where(i => excess.Contains(lines[i].Code))];
                decimal amount = flagged.Sum(i => lines[i].Amount);
                object?[] values = [day.Key, kinds.Length, Texts.Localize(category), maxKinds, flagged.Length, amount];
                context.Emit(this, flagged, amount, "Flag_kinds_per_day", values);
            }
        }

        /// <summary>Whether some day has more than max_kinds codes, counted in the context's reused buffers.</summary>
        private bool AnyDayBreaks(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            if (hits.Length <= maxKinds)
            {
                return false;
            }

            WindowGroups days = context.WindowGroups;
            days.Build(hits, Daily, byTime: false);
            for (int d = 0; d < days.Count; d++)
            {
                if (days.DistinctCodes(days[d], maxKinds + 1) > maxKinds)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
