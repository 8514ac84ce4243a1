using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// More bed-days charged than the stay has (结算明细信息异常): bed quantity over the length of stay plus
/// <c>tolerance_days</c> (default 1, for the discharge day). The latest bed charges are the excess; the excess
/// quantity × unit price is at stake. One flag per settlement.
/// </summary>
internal sealed class BedDaysBeyondStay : IRuleFamily
{
    public string Name => "bed_days_beyond_stay";

    public bool NeedsKnowledge => false;


    public Stake Stakes => Stake.NamedCharges;

    public CompiledRule Compile(RuleInput input) =>
        new Rule(input.Rule, input.Parameters.Int("tolerance_days", 0, 30, 1));

    private sealed class Rule(RuleDefinition definition, int toleranceDays) : CompiledRule(definition, [])
    {
        public override bool ObservesEveryLine => true;

        public override IReadOnlyList<ItemCategory> ObservedCategories { get; } = [ItemCategory.Bed];

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            Settlement s = context.Settlement;
            if (context.Trace is null && BedDays(context.Lines, hits) <= s.LengthOfStay + toleranceDays)
            {
                return;
            }

            int[] beds = [.. hits.ToArray().Select(h => h.Line).OrderBy(i => s.Lines[i].ChargedAt).ThenBy(i => i)];
            decimal charged = beds.Sum(i => s.Lines[i].Quantity), allowed = s.LengthOfStay + toleranceDays;
            context.Trace?.Check("Check_BedDays", charged > allowed, charged, s.LengthOfStay, toleranceDays);
            if (charged <= allowed)
            {
                return;
            }

            (List<int> excess, decimal amount) = Excess.Over(s.Lines, beds, allowed, inMoney: false);
            context.Emit(this, excess, amount, "Flag_bed_days_beyond_stay", [charged, s.LengthOfStay, charged - s.LengthOfStay - toleranceDays, amount]);
        }

        private static decimal BedDays(ReadOnlySpan<LineItem> lines, ReadOnlySpan<Hit> hits)
        {
            decimal charged = 0;
            foreach (Hit hit in hits)
            {
                charged += lines[hit.Line].Quantity;
            }

            return charged;
        }
    }
}
