using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// age_restricted_code: a diagnosis (or operation) for an age band (<c>min_age_years</c>, <c>max_age_years</c>
/// inclusive, <c>max_age_days</c>) coded for a patient outside it, age taken on the China admission date.
/// </summary>
internal sealed class AgeRestrictedCodePlanter(CompiledRule rule) : CodeRestrictionPlanter(rule)
{
    private readonly AgeRestrictedItemPlanter.Limit[] _bands = [.. rule.Entries.Select(e => Read(Reader(e.Attributes)))];

    protected override bool Breaks(Person person, int admissionDay, int entry)
    {
        AgeRestrictedItemPlanter.Limit band = _bands[entry];
        DateOnly on = DateOnly.FromDayNumber(admissionDay);
        int years = person.AgeInYears(on);
        return years < band.MinYears || years > band.MaxYears || person.AgeInDays(on) > band.MaxDays;
    }

    private static AgeRestrictedItemPlanter.Limit Read(ValueReader a) => new(
        a.Has("min_age_years") ? a.Int("min_age_years", 0, 150) : null,
        a.Has("max_age_years") ? a.Int("max_age_years", 0, 150) : null,
        a.Has("max_age_days") ? a.Int("max_age_days", 0, 3650) : null);
}
