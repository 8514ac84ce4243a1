using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// An item the fund never pays (中药饮片单复方均不予支付) billed as payable: any line of the item whose payment class
/// is not 丙 (self-funded). No attributes.
/// </summary>
internal sealed class NonPayableItem : ItemRestriction<NonPayableItem.Limit>
{
    internal sealed record Limit;

    private static readonly Limit None = new();

    public override string Name => "non_payable_item";

    protected override Limit ReadLimit(ValueReader attributes) => None;

    protected override bool Breaks(RuleContext context, LineItem line, Limit limit)
    {
        bool breaks = line.PaymentClass != PaymentClass.C;
        context.Trace?.Check("Check_Payable", breaks, line.LineId, line.Code, EnumNames.Of(line.PaymentClass));
        return breaks;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, Limit limit) => [];
}
