using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Families;

/// <summary>
/// A settlement whose total is at or above <c>threshold</c> yuan (e.g. pre-audit of stays from ¥40,000): suspicious,
/// for manual review. The amount at stake is the whole total.
/// </summary>
internal sealed class LargeClaim : IRuleFamily
{
    public string Name => "large_claim";

    public bool NeedsKnowledge => false;


    public Stake Stakes => Stake.SetByReviewer;

    public CompiledRule Compile(RuleInput input) =>
        new Rule(input.Rule, input.Parameters.Decimal("threshold", 0, 100_000_000));

    private sealed class Rule(RuleDefinition definition, decimal threshold) : CompiledRule(definition, [])
    {
        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            decimal total = context.Settlement.Totals.Total;
            bool breaks = total >= threshold;
            context.Trace?.Check("Check_Total", breaks, total, threshold);
            if (breaks)
            {
                context.Emit(this, [], total, "Flag_large_claim", [total, threshold]);
            }
        }
    }
}
