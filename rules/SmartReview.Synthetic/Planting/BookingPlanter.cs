using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// A rule that judges a stay against the person's other stays. When it is chosen the generator writes a clean stay,
/// then asks the planter to book the person's next stay (and, after that one is written, the next, while the planter
/// books more); the person takes no other stay meanwhile. The flag is planted on a booked stay.
/// </summary>
internal abstract class BookingPlanter(CompiledRule rule) : RulePlanter(rule)
{
    public override bool ShapesStay => true;

    /// <summary>
    /// The stay to book after <paramref name="earlier"/>, which was itself booked as <paramref name="previous"/> (null
    /// for the clean stay that starts it), or null when there is nothing (more) to book.
    /// </summary>
    public abstract Readmission? Book(StayDraft earlier, Readmission? previous, Booking booking);

    /// <summary>A booked inpatient stay of <paramref name="earlier"/>'s person and scheme.</summary>
    protected Readmission Next(StayDraft earlier, SyntheticFacility facility, DateTime admittedAt, int targetDischargeDay, RulePlanter? plant, int step) =>
        new(earlier.PersonIndex, earlier.Person, earlier.Scheme, facility, EarlierStay.Of(earlier), admittedAt, targetDischargeDay, plant, this, step);

    /// <summary>Whether <paramref name="rule"/> would judge an inpatient stay of the scheme at the facility, discharged on the day.</summary>
    protected static bool Judges(RulePlanter rule, Scheme scheme, SyntheticFacility facility, int dischargeDay) =>
        rule.AppliesTo(scheme, CareSetting.Inpatient, facility.Level, dischargeDay);
}
