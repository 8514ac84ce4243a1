using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>A planted split admission waiting for its later stay: who, where, when they come back, and which rule it is for.</summary>
internal sealed record Readmission(
    int PersonIndex, Person Person, Scheme Scheme, SyntheticFacility Facility, EarlierStay Earlier, DateTime AdmittedAt, int TargetDischargeDay,
    RulePlanter Rule);
