using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// split_admission: the same person admitted again (at the same facility unless <c>same_facility</c> is false) within
/// <c>interval_days</c> (default 15) of a discharge; flagged on the later stay, naming the earlier. The generator plants
/// it by scheduling the readmission when it writes the earlier stay; the background keeps every person's stays
/// further apart than the largest interval.
/// </summary>
internal sealed class SplitAdmissionPlanter(CompiledRule rule) : RulePlanter(rule)
{
    public int IntervalDays { get; } = Reader(rule.Definition.Parameters).Int("interval_days", 0, 365, 15);

    public bool SameFacility { get; } = Reader(rule.Definition.Parameters).Bool("same_facility", true);

    public override bool ShapesStay => true;

    /// <summary>The readmission was set up by the generator; there is nothing to add to the lines.</summary>
    public override bool Plant(StayDraft d, PlantingContext c) => d.Earlier is not null;

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        if (d.Earlier is { } earlier && earlier.DischargeDay <= d.AdmissionDay && (!SameFacility || earlier.FacilityId == d.Facility.Id)
            && d.AdmissionDay - earlier.DischargeDay <= IntervalDays)
        {
            into.Add(new ExpectedFlag(Index, -1, [], earlier.SettlementId));
        }
    }
}
