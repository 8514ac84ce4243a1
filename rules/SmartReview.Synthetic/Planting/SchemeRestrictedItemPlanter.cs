using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>scheme_restricted_item: an item payable only under the schemes of attribute <c>schemes</c> (限工伤保险, 限生育保险) charged under another.</summary>
internal sealed class SchemeRestrictedItemPlanter(CompiledRule rule) : ItemRestrictionPlanter<SchemeRestrictedItemPlanter.Limit>(rule, Read)
{
    internal sealed record Limit(IReadOnlyList<Scheme> Schemes);

    protected override bool Breaks(StayDraft d, DraftLine line, Limit limit) => !limit.Schemes.Contains(d.Scheme);

    private static Limit Read(ValueReader a) => new(a.Enums<Scheme>("schemes"));
}
