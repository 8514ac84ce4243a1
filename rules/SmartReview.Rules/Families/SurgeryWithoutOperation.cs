using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Surgery charged with no operation coded, or operations with none marked main (手术操作编码异常). The surgery
/// lines are flagged; their whole amount is at stake. One flag per settlement.
/// </summary>
internal sealed class SurgeryWithoutOperation : IRuleFamily
{
    public string Name => "surgery_without_operation";

    public bool NeedsKnowledge => false;


    public Stake Stakes => Stake.NamedCharges;

    public CompiledRule Compile(RuleInput input) => new Rule(input.Rule);

    private sealed class Rule(RuleDefinition definition) : CompiledRule(definition, [])
    {
        public override bool ObservesEveryLine => true;

        public override IReadOnlyList<ItemCategory> ObservedCategories { get; } = [ItemCategory.Surgery];

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            Settlement s = context.Settlement;
            bool coded = s.Operations.Any(o => o.Main);
            context.Trace?.Check("Check_OperationCoded", hits.Length > 0 && !coded, hits.Length, s.Operations.Count);
            if (hits.Length > 0 && !coded)
            {
                int[] lines = [.. hits.ToArray().Select(h => h.Line)];
                decimal amount = lines.Sum(i => s.Lines[i].Amount);
                context.Emit(this, lines, amount, "Flag_surgery_without_operation", [lines.Length, s.Operations.Count, amount]);
            }
        }
    }
}
