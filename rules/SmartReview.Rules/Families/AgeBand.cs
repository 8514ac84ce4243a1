using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// An age band from attributes <c>min_age_years</c>, <c>max_age_years</c> (inclusive, whole years) and/or
/// <c>max_age_days</c> (newborns), as the age families read it.
/// </summary>
internal sealed record AgeBand(int? MinYears, int? MaxYears, int? MaxDays)
{
    public static AgeBand Read(ValueReader attributes)
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

        return new AgeBand(min, max, days);
    }

    public bool Excludes(Person person, DateOnly on)
    {
        int years = person.AgeInYears(on);
        return years < MinYears || years > MaxYears || person.AgeInDays(on) > MaxDays;
    }

    public object Describe() => this switch
    {
        { MaxDays: int d } => Texts.Format("AgeBand_Days", [d]),
        { MinYears: int min, MaxYears: int max } => Texts.Format("AgeBand_Between", [min, max]),
        { MinYears: int min } => Texts.Format("AgeBand_AtLeast", [min]),
        { MaxYears: int max } => Texts.Format("AgeBand_AtMost", [max]),
        _ => "",
    };
}
