using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>An item restricted to facilities of a minimum level (限二级及以上医疗机构). Attribute <c>min_level</c>: 1–3.</summary>
internal sealed class FacilityLevelRestrictedItem : ItemRestriction<FacilityLevelRestrictedItem.Limit>
{
    internal sealed record Limit(int MinLevel);

    public override string Name => "facility_level_restricted_item";

    protected override Limit ReadLimit(ValueReader attributes) => new(attributes.Int("min_level", 1, 3));

    protected override bool Breaks(RuleContext context, LineItem line, Limit limit)
    {
        int level = context.Settlement.Facility.Level;
        bool breaks = level < limit.MinLevel;
        context.Trace?.Check("Check_Level", breaks, line.LineId, line.Code, limit.MinLevel, level);
        return breaks;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, Limit limit) =>
        [limit.MinLevel, context.Settlement.Facility.Level];
}
