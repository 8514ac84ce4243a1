using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// care_setting_restricted_item: an item payable only in the care settings of attribute <c>settings</c>, charged in
/// another. Planted on a stay in a setting one of the entries excludes (an emergency observation stay, say).
/// </summary>
internal sealed class CareSettingRestrictedItemPlanter(CompiledRule rule) : ItemRestrictionPlanter<CareSettingRestrictedItemPlanter.Limit>(rule, Read)
{
    internal sealed record Limit(IReadOnlyList<CareSetting> Settings);

    private static readonly CareSetting[] Preferred = [CareSetting.Emergency, CareSetting.Outpatient, CareSetting.Inpatient, CareSetting.Pharmacy, CareSetting.Internet];

    public override bool ShapesStay => true;

    public override bool Shape(StayPlan plan, PlantingContext c)
    {
        var candidates = new List<CareSetting>();
        int start = c.Rng.Next(Limits.Length);
        for (int k = 0; k < Limits.Length && candidates.Count == 0; k++)
        {
            int entry = (start + k) % Limits.Length;
            if (Usable(entry))
            {
                candidates.AddRange(Preferred.Where(s => !Limits[entry].Settings.Contains(s) && (plan.Settings?.Contains(s) ?? true)));
            }
        }

        if (candidates.Count == 0)
        {
            return false;
        }

        plan.RestrictSettings([candidates[c.Rng.Next(Math.Min(2, candidates.Count))]]);
        return true;
    }

    protected override bool Breaks(StayDraft d, DraftLine line, Limit limit) => !limit.Settings.Contains(d.Setting);

    public override IReadOnlyList<CareSetting>? SettingsFor(CoverageHit hit) => Limits[hit.Entry].Settings;

    private static Limit Read(ValueReader a) => new(a.Enums<CareSetting>("settings"));
}
