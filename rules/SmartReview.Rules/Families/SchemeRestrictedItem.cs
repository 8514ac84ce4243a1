using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>An item payable only under some schemes (药品/医疗服务项目限工伤保险、限生育保险). Attribute <c>schemes</c>.</summary>
internal sealed class SchemeRestrictedItem : ItemRestriction<SchemeRestrictedItem.Limit>
{
    internal sealed record Limit(IReadOnlyList<Scheme> Schemes);

    public override string Name => "scheme_restricted_item";

    protected override Limit ReadLimit(ValueReader attributes) => new(attributes.Enums<Scheme>("schemes"));

    protected override bool Breaks(RuleContext context, LineItem line, Limit limit)
    {
        Scheme actual = context.Settlement.Scheme;
        bool breaks = !limit.Schemes.Contains(actual);
        context.Trace?.Check("Check_Scheme", breaks, line.LineId, line.Code, Allowed(limit), actual);
        return breaks;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, Limit limit) => [Allowed(limit), context.Settlement.Scheme];

    private static object Allowed(Limit limit) => Texts.Join(limit.Schemes.Select(s => Texts.Localize(s)));
}
