using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// visit_frequency: a stay that is the (<c>max_admissions</c> + 1)-th or later admission of the person, at any
/// facility, within <c>window_days</c> (admission dates, its own day included); each such stay is flagged. The
/// background admits nobody who has reached the smallest limit (the person pool keeps each person's recent
/// admissions). A plant books the person back again and again, a little further apart than the background's
/// spacing and at any facility, until an admission crosses this limit; on the way, a stricter rule of the family
/// may flag a stay too.
/// </summary>
internal sealed class VisitFrequencyPlanter(CompiledRule rule) : BookingPlanter(rule)
{
    public int MaxAdmissions { get; } = Reader(rule.Definition.Parameters).Int("max_admissions", 1, 100);

    public int WindowDays { get; } = Reader(rule.Definition.Parameters).Int("window_days", 1, 366);

    /// <summary>The series' stay was booked to cross this limit; there is nothing to add to the lines.</summary>
    public override bool Plant(StayDraft d, PlantingContext c) => Crosses(d.AdmissionDay, d.EarlierAdmissions);

    public override Readmission? Book(StayDraft earlier, Readmission? previous, Booking booking)
    {
        int step = (previous?.Step ?? 0) + 1;
        if (previous?.Rule == this || step > MaxAdmissions)
        {
            return null;
        }

        Random rng = booking.Rng;
        int admissionDay = earlier.DischargeDay + booking.SpacingDays + rng.Next(4);
        int target = admissionDay + 1 + rng.Next(5);
        DateTime admitted = ChinaTime.AtUtc(admissionDay, 8 * 60 + rng.Next(12 * 60));
        SyntheticFacility facility = rng.Pick(booking.Facilities.All);
        int[] admissions = [.. earlier.EarlierAdmissions, earlier.AdmissionDay];
        RulePlanter? crossed = booking.Planters.All.OfType<VisitFrequencyPlanter>().OrderBy(v => v != this)
            .FirstOrDefault(v => v.Crosses(admissionDay, admissions) && Judges(v, earlier.Scheme, facility, target));
        return Next(earlier, facility, admitted, target, crossed, step);
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        if (Crosses(d.AdmissionDay, d.EarlierAdmissions))
        {
            into.Add(new ExpectedFlag(Index, -1, [], null));
        }
    }

    /// <summary>Whether an admission on <paramref name="admissionDay"/> after the person's <paramref name="earlier"/> ones is past the limit.</summary>
    public bool Crosses(int admissionDay, IReadOnlyList<int> earlier) =>
        1 + earlier.Count(day => day <= admissionDay && admissionDay - day < WindowDays) > MaxAdmissions;
}
