using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// A diagnosis or operation code that does not fit the patient's sex (诊断与患者性别不符, 手术操作编码与性别不符).
/// Attribute <c>sex</c>: the sex the code is for.
/// </summary>
internal sealed class SexRestrictedCode : CodeRestriction<SexRestrictedItem.Limit>
{
    public override string Name => "sex_restricted_code";

    protected override SexRestrictedItem.Limit ReadLimit(ValueReader attributes) =>
        new(attributes.String("sex", ["M", "F"]) == "F" ? Sex.Female : Sex.Male);

    protected override bool Breaks(RuleContext context, string code, SexRestrictedItem.Limit limit)
    {
        Sex actual = context.Settlement.Person.Sex;
        context.Trace?.Check("Check_CodeSex", actual != limit.Sex, code, limit.Sex, actual);
        return actual != limit.Sex;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, SexRestrictedItem.Limit limit) => [limit.Sex, context.Settlement.Person.Sex];
}
