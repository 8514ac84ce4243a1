using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// A booked stay of a person waiting to be written: who, where, when they come in and are discharged, the rule to
/// plant on it (null for a stay of a series that raises nothing yet), the planter that booked it and its place in
/// the series (1 for the first booked stay).
/// </summary>
internal sealed record Readmission(
    int PersonIndex, Person Person, Scheme Scheme, SyntheticFacility Facility, EarlierStay Earlier, DateTime AdmittedAt, int TargetDischargeDay,
    RulePlanter? Rule, BookingPlanter Booker, int Step);
