using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// An item restricted to an age band (newborns, children, adults, the elderly) charged outside it. Attributes:
/// <c>min_age_years</c>, <c>max_age_years</c> (inclusive, whole years) and/or <c>max_age_days</c> (newborns).
/// Age is taken on the line's charge date.
/// </summary>
internal sealed class AgeRestrictedItem : ItemRestriction<AgeRestrictedItem.Limit>
{
    internal sealed record Limit(int? MinYears, int? MaxYears, int? MaxDays);

    public override string Name => "age_restricted_item";

    protected override Limit ReadLimit(ValueReader attributes)
    {
        int? min = attributes.Has("min_age_years") ? attributes.Int("min_age_years", 0, 150) : null;
        int? max = attributes.Has("max_age_years") ? attributes.Int("max_age_years", 0, 150) : null;
        int? days = attributes.Has("max_age_days") ? attributes.Int("max_age_days", 0, 3650) : null;
        if (min is null && max is null && days is null)
        {
            attributes.Error("min_age_years", "an age band needs min_age_years, max_age_years or max_age_days");
        }
        else if (min > max)
        {
            attributes.Error("max_age_years", $"is below min_age_years {min}");
        }

        return new Limit(min, max, days);
    }

    protected override bool Breaks(RuleContext context, LineItem line, Limit limit)
    {
        DateOnly on = ChinaTime.Date(line.ChargedAt);
        Person person = context.Settlement.Person;
        int years = person.AgeInYears(on);
        int days = person.AgeInDays(on);
        bool breaks = years < limit.MinYears || years > limit.MaxYears || days > limit.MaxDays;
        context.Trace?.Check("Check_Age", breaks, line.LineId, line.Code, Band(limit), years, days);
        return breaks;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, Limit limit) =>
        [Band(limit), context.Settlement.Person.AgeInYears(context.Settlement.AdmissionDate)];

    private static object Band(Limit limit) => limit switch
    {
        { MaxDays: int d } => Texts.Format("AgeBand_Days", [d]),
        { MinYears: int min, MaxYears: int max } => Texts.Format("AgeBand_Between", [min, max]),
        { MinYears: int min } => Texts.Format("AgeBand_AtLeast", [min]),
        { MaxYears: int max } => Texts.Format("AgeBand_AtMost", [max]),
        _ => "",
    };
}
