using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Low-standard admission (无指征住院): a short stay with no operation whose money went mostly to exams and lab tests,
/// care an outpatient visit could give. Fires when all hold: stay ≤ <c>max_stay_days</c> (default 3), no operation,
/// exam + lab share of the total ≥ <c>min_exam_lab_share</c> (default 0.6), and, when the rule names a knowledge set,
/// the main diagnosis is one of its codes. Suspicious by nature; the amount at stake is the settlement total.
/// </summary>
internal sealed class LowStandardAdmission : IRuleFamily
{
    public string Name => "low_standard_admission";

    public bool NeedsKnowledge => false;


    public Stake Stakes => Stake.SetByReviewer;

    public CompiledRule Compile(RuleInput input)
    {
        var p = input.Parameters;
        int maxStay = p.Int("max_stay_days", 1, 60, 3);
        decimal minShare = p.Decimal("min_exam_lab_share", 0, 1, 0.6m);
        CodePatterns? diagnoses = input.Entries.Count == 0 ? null : new CodePatterns(input.Entries.SelectMany(e => e.Codes));
        return new Rule(input.Rule, maxStay, minShare, diagnoses);
    }

    private sealed class Rule(RuleDefinition definition, int maxStay, decimal minShare, CodePatterns? diagnoses) : CompiledRule(definition, [])
    {
        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            Settlement s = context.Settlement;
            decimal share = s.Totals.Total == 0 ? 0 : (context.AmountIn(ItemCategory.Exam) + context.AmountIn(ItemCategory.Lab)) / s.Totals.Total;
            bool shortStay = s.LengthOfStay <= maxStay;
            bool noOperation = s.Operations.Count == 0;
            bool examHeavy = share >= minShare;
            bool diagnosisFits = diagnoses?.Matches(s.MainDiagnosis.Code) ?? true;
            Trace? trace = context.Trace;
            trace?.Check("Check_ShortStay", shortStay, s.LengthOfStay, maxStay);
            trace?.Check("Check_NoOperation", noOperation, s.Operations.Count);
            trace?.Check("Check_ExamShare", examHeavy, Percent(share), Percent(minShare));
            trace?.Check("Check_MainDiagnosis", diagnosisFits, s.MainDiagnosis.Code, diagnoses?.Text);
            if (shortStay && noOperation && examHeavy && diagnosisFits)
            {
                object?[] values = [s.LengthOfStay, Percent(share), s.MainDiagnosis.Code, s.MainDiagnosis.Name, s.Totals.Total];
                context.Emit(this, [], s.Totals.Total, "Flag_low_standard_admission", values);
            }
        }

        private static string Percent(decimal share) => (share * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
    }
}
