using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// An item restricted to some departments (医疗服务项目限科室使用, 医用耗材与科室不符), charged by another. Attribute
/// <c>departments</c>: department codes or prefixes ending in *; the line's ordering department is checked.
/// </summary>
internal sealed class DepartmentRestrictedItem : ItemRestriction<CodePatterns>
{
    public override string Name => "department_restricted_item";

    protected override CodePatterns ReadLimit(ValueReader attributes) => new(attributes.Strings("departments", required: true));

    protected override bool Breaks(RuleContext context, LineItem line, CodePatterns limit)
    {
        bool breaks = !limit.Matches(line.Department);
        context.Trace?.Check("Check_Department", breaks, line.LineId, line.Code, limit.Text, line.Department);
        return breaks;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, CodePatterns limit) => [limit.Text];
}
