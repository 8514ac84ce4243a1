using SmartReview.Rules.Engine;

namespace SmartReview.Rules.Families;

/// <summary>A diagnosis or operation code that does not fit the patient's age on admission (诊断与患者年龄不符). Attributes: <see cref="AgeBand"/>.</summary>
internal sealed class AgeRestrictedCode : CodeRestriction<AgeBand>
{
    public override string Name => "age_restricted_code";

    protected override AgeBand ReadLimit(ValueReader attributes) => AgeBand.Read(attributes);

    protected override bool Breaks(RuleContext context, string code, AgeBand limit)
    {
        var s = context.Settlement;
        bool breaks = limit.Excludes(s.Person, s.AdmissionDate);
        context.Trace?.Check("Check_CodeAge", breaks, code, limit.Describe(), s.Person.AgeInYears(s.AdmissionDate), s.Person.AgeInDays(s.AdmissionDate));
        return breaks;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, AgeBand limit) =>
        [limit.Describe(), context.Settlement.Person.AgeInYears(context.Settlement.AdmissionDate)];
}
