using System.Text.Json;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// An item charged above its unit price cap (超限定单价). Attribute <c>cap</c> (one cap) or <c>caps</c> by facility
/// level (<c>{"1": 10, "2": 12, "3": 15}</c>). The amount at stake is (unit price − cap) × quantity.
/// </summary>
internal sealed class UnitPriceCap : ItemRestriction<UnitPriceCap.Limit>
{
    internal sealed record Limit(decimal?[] ByLevel)
    {
        public decimal? For(int level) => ByLevel[level - 1];
    }

    public override string Name => "unit_price_cap";

    protected override Limit ReadLimit(ValueReader attributes)
    {
        if (attributes.Has("cap"))
        {
            decimal cap = attributes.Decimal("cap", 0, 10_000_000);
            return new Limit([cap, cap, cap]);
        }

        var values = new decimal?[3];
        foreach ((string level, JsonElement value) in attributes.Object("caps"))
        {
            if (level is not ("1" or "2" or "3"))
            {
                attributes.Error("caps." + level, $"'{level}' is not a facility level 1–3");
            }
            else if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal cap) && cap >= 0)
            {
                values[level[0] - '1'] = cap;
            }
            else
            {
                attributes.Error("caps." + level, $"expected a non-negative number, found {value}");
            }
        }

        if (values.All(v => v is null))
        {
            attributes.Error("cap", "a price cap needs cap or caps by level (\"1\", \"2\", \"3\")");
        }

        return new Limit(values);
    }

    protected override bool Breaks(RuleContext context, LineItem line, Limit limit)
    {
        decimal? cap = limit.For(context.Settlement.Facility.Level);
        bool breaks = line.UnitPrice > cap;
        context.Trace?.Check("Check_Price", breaks, line.LineId, line.Code, line.UnitPrice, cap, context.Settlement.Facility.Level);
        return breaks;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, Limit limit) =>
        [limit.For(context.Settlement.Facility.Level), context.Settlement.Facility.Level];

    /// <summary>Only the excess over the cap is at stake, not the whole line.</summary>
    protected override decimal AmountAtStake(RuleContext context, LineItem line, Limit limit) =>
        (line.UnitPrice - limit.For(context.Settlement.Facility.Level)!.Value) * line.Quantity;
}
