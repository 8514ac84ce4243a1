using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Drug substitution signal (串换药品): a line whose unit price differs from the item's reference price by more than
/// <c>tolerance</c> (a share, default 0.5) either way, as when a cheap drug is billed under a dear one's code.
/// Attributes <c>price</c> and optional <c>tolerance</c>. Suspicious by nature; the whole line is at stake.
/// </summary>
internal sealed class PriceDeviation : ItemRestriction<PriceDeviation.Limit>
{
    internal sealed record Limit(decimal Price, decimal Tolerance);

    public override string Name => "price_deviation";

    protected override Limit ReadLimit(ValueReader attributes) =>
        new(attributes.Decimal("price", 0.01m, 10_000_000), attributes.Decimal("tolerance", 0, 100, 0.5m));

    protected override bool Breaks(RuleContext context, LineItem line, Limit limit)
    {
        decimal deviation = Math.Abs(line.UnitPrice - limit.Price) / limit.Price;
        bool breaks = deviation > limit.Tolerance;
        context.Trace?.Check("Check_PriceDeviation", breaks, line.LineId, line.Code, line.UnitPrice, limit.Price, Percent(deviation), Percent(limit.Tolerance));
        return breaks;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, Limit limit) => [limit.Price, Percent(limit.Tolerance)];

    private static string Percent(decimal share) => (share * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
