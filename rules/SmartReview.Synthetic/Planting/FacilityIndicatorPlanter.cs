using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// facility_indicator: a facility's month of discharges judged against a threshold, never one settlement. Its flags
/// are facility-month flags, reported apart from the per-settlement flags the ground truth holds, so it plants
/// nothing, predicts no flag and admits every line: the codes it reads (CT, MRI) are billed in the background like any
/// other, and the indicators see a realistic mix.
/// </summary>
internal sealed class FacilityIndicatorPlanter(CompiledRule rule) : RulePlanter(rule)
{
    /// <summary>Its item codes stay in the catalogue (a CT code no template bills is drawn as a knowledge item).</summary>
    public override IEnumerable<CoveragePattern> Patterns =>
        Rule.Entries.SelectMany((e, i) => e.Codes.Select(code => new CoveragePattern(code, new CoverageHit(Index, i, 0))));

    public override bool JudgesStays => false;

    public override bool CanPlant => false;

    public override bool Plant(StayDraft d, PlantingContext c) => false;

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into) { }
}
