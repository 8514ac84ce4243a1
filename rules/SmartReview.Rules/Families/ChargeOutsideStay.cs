using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Lines charged on a China date before admission or after discharge (计费日期与住院时间不符). Parameter
/// <c>tolerance_days</c> (default 0) allows charges that many days either side. One flag per settlement with every
/// such line; the amount at stake is their whole amount.
/// </summary>
internal sealed class ChargeOutsideStay : IRuleFamily
{
    public string Name => "charge_outside_stay";

    public bool NeedsKnowledge => false;


    public Stake Stakes => Stake.NamedCharges;

    public CompiledRule Compile(RuleInput input) =>
        new Rule(input.Rule, input.Parameters.Int("tolerance_days", 0, 30, 0));

    private sealed class Rule(RuleDefinition definition, int toleranceDays) : CompiledRule(definition, [])
    {
        public override bool ObservesEveryLine => true;

        public override void Observe(RuleContext context, int line)
        {
            Settlement s = context.Settlement;
            int day = context.DateOf(line).DayNumber;
            if (day < s.AdmissionDate.DayNumber - toleranceDays || day > s.DischargeDate.DayNumber + toleranceDays || context.Trace is not null)
            {
                context.Keep(this, line);
            }
        }

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            Settlement s = context.Settlement;
            var outside = new List<int>();
            foreach (Hit hit in hits)
            {
                DateOnly charged = ChinaTime.Date(s.Lines[hit.Line].ChargedAt);
                bool breaks = charged.DayNumber < s.AdmissionDate.DayNumber - toleranceDays || charged.DayNumber > s.DischargeDate.DayNumber + toleranceDays;
                context.Trace?.Check("Check_ChargeDate", breaks, s.Lines[hit.Line].LineId, charged, s.AdmissionDate, s.DischargeDate, toleranceDays);
                if (breaks)
                {
                    outside.Add(hit.Line);
                }
            }

            if (outside.Count > 0)
            {
                decimal amount = outside.Sum(i => s.Lines[i].Amount);
                LineItem first = s.Lines[outside[0]];
                object?[] values = [outside.Count, s.AdmissionDate, s.DischargeDate, first.Name, ChinaTime.Date(first.ChargedAt), amount];
                context.Emit(this, outside, amount, "Flag_charge_outside_stay", values);
            }
        }
    }
}
