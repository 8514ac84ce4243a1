using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// An item payable only for given indications (限适应症) charged on a settlement with none of them among its
/// diagnoses. Attribute <c>diagnoses</c>: ICD-10 codes or prefixes ending in *.
/// </summary>
internal sealed class DiagnosisRestrictedItem : ItemRestriction<CodePatterns>
{
    public override string Name => "diagnosis_restricted_item";

    protected override CodePatterns ReadLimit(ValueReader attributes) => new(attributes.Strings("diagnoses", required: true));

    protected override bool Breaks(RuleContext context, LineItem line, CodePatterns limit)
    {
        bool breaks = DiagnosisMatch.First(context.Settlement.Diagnoses, limit) is null;
        context.Trace?.Check("Check_Diagnosis", breaks, line.LineId, line.Code, limit.Text, Diagnoses(context.Settlement));
        return breaks;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, CodePatterns limit) => [limit.Text, Diagnoses(context.Settlement)];

    private static string Diagnoses(Settlement s) => string.Join("、", s.Diagnoses.Select(d => d.Code));
}
