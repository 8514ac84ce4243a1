using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// split_admission: the same person admitted again (at the same facility unless <c>same_facility</c> is false) within
/// <c>interval_days</c> (default 15) of a discharge; flagged on the later stay, naming the earlier. Planted by booking
/// the readmission when the earlier stay is written; the background keeps every person's stays further apart than
/// the largest interval.
/// </summary>
internal sealed class SplitAdmissionPlanter(CompiledRule rule) : BookingPlanter(rule)
{
    public int IntervalDays { get; } = Reader(rule.Definition.Parameters).Int("interval_days", 0, 365, 15);

    public bool SameFacility { get; } = Reader(rule.Definition.Parameters).Bool("same_facility", true);

    /// <summary>The readmission was booked by the generator; there is nothing to add to the lines.</summary>
    public override bool Plant(StayDraft d, PlantingContext c) => d.Earlier is not null;

    /// <summary>
    /// Books the person back into the same facility within the interval — only when the rule applies to both stays,
    /// so the flag does not depend on which one is scored first.
    /// </summary>
    public override Readmission? Book(StayDraft earlier, Readmission? previous, Booking booking)
    {
        if (previous is not null)
        {
            return null;
        }

        Random rng = booking.Rng;
        int gap = rng.Next(IntervalDays + 1);
        int admissionDay = earlier.DischargeDay + gap;
        int target = admissionDay + 1 + rng.Next(8);
        DateTime admitted = gap == 0 ? earlier.DischargedAt.AddMinutes(60 + rng.Next(120)) : ChinaTime.AtUtc(admissionDay, 8 * 60 + rng.Next(12 * 60));
        bool fits = ChinaTime.Date(admitted).DayNumber == admissionDay && earlier.Setting == CareSetting.Inpatient
            && Judges(this, earlier.Scheme, earlier.Facility, target) && Judges(this, earlier.Scheme, earlier.Facility, earlier.DischargeDay);
        return fits ? Next(earlier, earlier.Facility, admitted, target, this, 1) : null;
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        if (d.Earlier is { } earlier && earlier.DischargeDay <= d.AdmissionDay && (!SameFacility || earlier.FacilityId == d.Facility.Id)
            && d.AdmissionDay - earlier.DischargeDay <= IntervalDays)
        {
            into.Add(new ExpectedFlag(Index, -1, [], earlier.SettlementId));
        }
    }
}
