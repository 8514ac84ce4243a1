using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>facility_level_restricted_item: an item restricted to facilities of <c>min_level</c> and above, charged below. Planted at a lower-level facility.</summary>
internal sealed class FacilityLevelRestrictedItemPlanter(CompiledRule rule)
    : ItemRestrictionPlanter<FacilityLevelRestrictedItemPlanter.Limit>(rule, a => new Limit(a.Int("min_level", 1, 3)))
{
    internal sealed record Limit(int MinLevel);

    public override bool ShapesStay => true;

    public override bool CanPlant => base.CanPlant && HighestMinimum() > 1;

    public override bool Shape(StayPlan plan, PlantingContext c)
    {
        plan.MaxLevel = Math.Min(plan.MaxLevel, HighestMinimum() - 1);
        return plan.MaxLevel >= plan.MinLevel;
    }

    protected override bool Breaks(StayDraft d, DraftLine line, Limit limit) => d.Facility.Level < limit.MinLevel;

    private int HighestMinimum()
    {
        int highest = 0;
        for (int i = 0; i < Limits.Length; i++)
        {
            highest = Usable(i) ? Math.Max(highest, Limits[i].MinLevel) : highest;
        }

        return highest;
    }
}
