using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// overlapping_stays: two stays of one person at two facilities whose China dates overlap (admitted before the other's
/// discharge date; a same-day transfer is not an overlap); flagged on the later-admitted stay, naming the other.
/// Planted by booking, when a stay of a day or more is written, a stay at another facility admitted on or after its
/// admission date and before its discharge date, and discharged after it; the background never lets a person's stays overlap.
/// </summary>
internal sealed class OverlappingStaysPlanter(CompiledRule rule) : BookingPlanter(rule)
{
    private const int FacilityTries = 8;

    public override bool Plant(StayDraft d, PlantingContext c) => d.Earlier is { } other && Overlap(d, other);

    public override Readmission? Book(StayDraft earlier, Readmission? previous, Booking booking)
    {
        int span = earlier.DischargeDay - earlier.AdmissionDay;
        if (previous is not null || span < 1)
        {
            return null;
        }

        Random rng = booking.Rng;
        int admissionDay = earlier.AdmissionDay + rng.Next(span);
        int target = earlier.DischargeDay + rng.Next(6);
        DateTime admitted = ChinaTime.AtUtc(admissionDay, 8 * 60 + rng.Next(12 * 60));
        for (int k = 0; k < FacilityTries; k++)
        {
            SyntheticFacility facility = rng.Pick(booking.Facilities.All);
            if (facility.Id != earlier.Facility.Id)
            {
                return Judges(this, earlier.Scheme, facility, target) ? Next(earlier, facility, admitted, target, this, 1) : null;
            }
        }

        return null;
    }

    /// <summary>The booked stay is always the later-admitted one (same admission date: the larger settlement id, written later).</summary>
    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        if (d.Earlier is { } other && Overlap(d, other))
        {
            into.Add(new ExpectedFlag(Index, -1, [], other.SettlementId));
        }
    }

    private static bool Overlap(StayDraft d, EarlierStay other) =>
        other.FacilityId != d.Facility.Id && d.AdmissionDay < other.DischargeDay && other.AdmissionDay < d.DischargeDay;
}
