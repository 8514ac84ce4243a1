using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>An item payable only in given care settings (限就医方式). Attribute <c>settings</c>: e.g. ["inpatient"].</summary>
internal sealed class CareSettingRestrictedItem : ItemRestriction<CareSettingRestrictedItem.Limit>
{
    internal sealed record Limit(IReadOnlyList<CareSetting> Settings);

    public override string Name => "care_setting_restricted_item";

    protected override Limit ReadLimit(ValueReader attributes) => new(attributes.Enums<CareSetting>("settings"));

    protected override bool Breaks(RuleContext context, LineItem line, Limit limit)
    {
        CareSetting actual = context.Settlement.Setting;
        bool breaks = !limit.Settings.Contains(actual);
        context.Trace?.Check("Check_Setting", breaks, line.LineId, line.Code, Settings(limit), SettingText(actual));
        return breaks;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, Limit limit) =>
        [Settings(limit), SettingText(context.Settlement.Setting)];

    private static Packs.LocalizedText Settings(Limit limit) => Texts.Join(limit.Settings.Select(SettingText));

    private static Packs.LocalizedText SettingText(CareSetting s) => Texts.Localize(s);
}
