using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// text_restricted_item: an item whose restriction is prose; every use goes to a reviewer. The background never
/// bills it; a plant is any use.
/// </summary>
internal sealed class TextRestrictedItemPlanter(CompiledRule rule) : ItemRestrictionPlanter<TextRestrictedItemPlanter.Limit>(rule, _ => Any)
{
    internal sealed record Limit;

    private static readonly Limit Any = new();

    protected override bool Breaks(StayDraft d, DraftLine line, Limit limit) => true;

    public override bool RefusesEvery(CoverageHit hit) => true;
}
