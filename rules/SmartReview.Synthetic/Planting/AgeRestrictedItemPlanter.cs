using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// age_restricted_item: an item for an age band (<c>min_age_years</c>, <c>max_age_years</c>, <c>max_age_days</c>)
/// charged outside it, age taken on the line's China charge date. Planted on a person outside a band for the whole stay.
/// </summary>
internal sealed class AgeRestrictedItemPlanter(CompiledRule rule) : ItemRestrictionPlanter<AgeRestrictedItemPlanter.Limit>(rule, Read)
{
    internal sealed record Limit(int? MinYears, int? MaxYears, int? MaxDays);

    public override bool ShapesStay => true;

    /// <summary>True when an entry is for the first days of life: the generator then needs neonates all year.</summary>
    public bool ForNewborns => Limits.Any(l => l.MaxDays is not null);

    public override bool Shape(StayPlan plan, PlantingContext c)
    {
        Limit[] bands = [.. Limits.Where((_, i) => Usable(i)).Distinct()];
        plan.RequirePerson((p, admission, discharge) => bands.Any(b => BreaksOn(p, admission, b) && BreaksOn(p, discharge, b)));
        return bands.Length > 0;
    }

    protected override bool Breaks(StayDraft d, DraftLine line, Limit limit) => BreaksOn(d.Person, line.Day, limit);

    public override bool Suits(Person person, int admissionDay, int dischargeDay, CoverageHit hit) =>
        !BreaksOn(person, admissionDay, Limits[hit.Entry]) && !BreaksOn(person, dischargeDay, Limits[hit.Entry]);

    private static bool BreaksOn(Person person, int day, Limit limit)
    {
        DateOnly on = DateOnly.FromDayNumber(day);
        int years = person.AgeInYears(on);
        int days = person.AgeInDays(on);
        return years < limit.MinYears || years > limit.MaxYears || days > limit.MaxDays;
    }

    private static Limit Read(ValueReader a) => new(
        a.Has("min_age_years") ? a.Int("min_age_years", 0, 150) : null,
        a.Has("max_age_years") ? a.Int("max_age_years", 0, 150) : null,
        a.Has("max_age_days") ? a.Int("max_age_days", 0, 3650) : null);
}
