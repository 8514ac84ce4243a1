using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Charges not uploaded in real time (就诊数据非实时上传): lines whose optional <c>uploaded_at</c> is more than
/// <c>max_hours</c> (default 24) after their charge time. Lines without an upload time are not judged (the feed is
/// optional). The late lines are flagged; their whole amount is at stake. One flag per settlement.
/// </summary>
internal sealed class UploadTimeliness : IRuleFamily
{
    public string Name => "upload_timeliness";

    public bool NeedsKnowledge => false;


    public Stake Stakes => Stake.NamedCharges;

    public CompiledRule Compile(RuleInput input) =>
        new Rule(input.Rule, input.Parameters.Int("max_hours", 0, 24 * 365, 24));

    private sealed class Rule(RuleDefinition definition, int maxHours) : CompiledRule(definition, [])
    {
        public override bool ObservesEveryLine => true;

        public override void Observe(RuleContext context, int line)
        {
            LineItem item = context.Lines[line];
            if (item.UploadedAt is DateTime uploaded && (uploaded - item.ChargedAt).TotalHours > maxHours)
            {
                context.Keep(this, line);
            }
        }

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            Settlement s = context.Settlement;
            int[] late = [.. hits.ToArray().Select(h => h.Line)];
            context.Trace?.Check("Check_Upload", late.Length > 0, late.Length, maxHours);
            if (late.Length > 0)
            {
                decimal amount = late.Sum(i => s.Lines[i].Amount);
                double worst = late.Max(i => (s.Lines[i].UploadedAt!.Value - s.Lines[i].ChargedAt).TotalHours);
                context.Emit(this, late, amount, "Flag_upload_timeliness", [late.Length, maxHours, Math.Round(worst, 1), amount]);
            }
        }
    }
}
