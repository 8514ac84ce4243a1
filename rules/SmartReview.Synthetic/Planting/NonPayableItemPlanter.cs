using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// non_payable_item: an item the fund never pays billed in a payable class (甲/乙). The background bills such an item
/// only when its catalogue class is 丙; a plant bills it as payable.
/// </summary>
internal sealed class NonPayableItemPlanter(CompiledRule rule) : ItemRestrictionPlanter<NonPayableItemPlanter.Limit>(rule, _ => None)
{
    internal sealed record Limit;

    private static readonly Limit None = new();

    protected override bool Breaks(StayDraft d, DraftLine line, Limit limit) => line.Item.Class != PaymentClass.C;
}
