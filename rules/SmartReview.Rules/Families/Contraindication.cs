using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// An item contraindicated by a diagnosis (药品禁忌症, 妊娠期及哺乳期用药安全, 医疗服务项目禁忌症): charged on a settlement
/// with one of the diagnoses in attribute <c>diagnoses</c> (ICD-10 codes or prefixes).
/// </summary>
internal sealed class Contraindication : ItemRestriction<CodePatterns>
{
    public override string Name => "contraindication";

    protected override CodePatterns ReadLimit(ValueReader attributes) => new(attributes.Strings("diagnoses", required: true));

    protected override bool Breaks(RuleContext context, LineItem line, CodePatterns limit)
    {
        Diagnosis? found = DiagnosisMatch.First(context.Settlement.Diagnoses, limit);
        context.Trace?.Check("Check_Contraindication", found is not null, line.LineId, line.Code, limit.Text, found?.Code);
        return found is not null;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, CodePatterns limit) =>
        [DiagnosisMatch.First(context.Settlement.Diagnoses, limit)!.Code];
}
