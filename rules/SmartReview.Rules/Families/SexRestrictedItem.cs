using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>An item for one sex charged for the other (药品/医疗服务项目区分性别使用). Attribute <c>sex</c>: M or F.</summary>
internal sealed class SexRestrictedItem : ItemRestriction<SexRestrictedItem.Limit>
{
    internal sealed record Limit(Sex Sex);

    public override string Name => "sex_restricted_item";

    protected override Limit ReadLimit(ValueReader attributes) =>
        new(attributes.String("sex", ["M", "F"]) == "F" ? Sex.Female : Sex.Male);

    protected override bool Breaks(RuleContext context, LineItem line, Limit limit)
    {
        Sex actual = context.Settlement.Person.Sex;
        bool breaks = actual != limit.Sex;
        context.Trace?.Check("Check_Sex", breaks, line.LineId, line.Code, limit.Sex, actual);
        return breaks;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, Limit limit) => [limit.Sex, context.Settlement.Person.Sex];
}
