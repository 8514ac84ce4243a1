using System.Text.Json;
using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// unit_price_cap: an item charged above its cap (<c>cap</c>, or <c>caps</c> by facility level). Background prices
/// are brought under the cap of the stay's level; a planted line is priced 10–60% above it.
/// </summary>
internal sealed class UnitPriceCapPlanter(CompiledRule rule) : ItemRestrictionPlanter<UnitPriceCapPlanter.Limit>(rule, Read)
{
    internal sealed record Limit(decimal?[] ByLevel)
    {
        public decimal? For(int level) => ByLevel[level - 1];
    }

    private Random _rng = new(0);

    public override bool PlantsAmounts => true;

    public override void Bind(PlantingContext context)
    {
        base.Bind(context);
        _rng = context.Rng;
    }

    protected override bool Breaks(StayDraft d, DraftLine line, Limit limit) => line.UnitPrice > limit.For(d.Facility.Level);

    protected override bool Fit(StayDraft d, DraftLine line, Limit limit)
    {
        if (limit.For(d.Facility.Level) is decimal cap && line.UnitPrice > cap)
        {
            decimal price = Money.Floor(cap * (decimal)(0.8 + 0.2 * _rng.NextDouble()));
            if (price < 0.01m)
            {
                return false;
            }

            line.Set(line.Quantity, price);
        }

        return !Breaks(d, line, limit);
    }

    protected override bool Spoil(StayDraft d, DraftLine line, Limit limit)
    {
        if (limit.For(d.Facility.Level) is not decimal cap)
        {
            return false;
        }

        line.Set(line.Quantity, Math.Max(cap + 0.01m, Money.Ceiling(cap * (decimal)(1.1 + 0.5 * _rng.NextDouble()))));
        return Breaks(d, line, limit);
    }

    private static Limit Read(ValueReader a)
    {
        if (a.Has("cap"))
        {
            decimal cap = a.Decimal("cap", 0, 10_000_000);
            return new Limit([cap, cap, cap]);
        }

        var values = new decimal?[3];
        foreach ((string level, JsonElement value) in a.Object("caps"))
        {
            if (level is "1" or "2" or "3" && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal cap))
            {
                values[level[0] - '1'] = cap;
            }
        }

        return new Limit(values);
    }
}
