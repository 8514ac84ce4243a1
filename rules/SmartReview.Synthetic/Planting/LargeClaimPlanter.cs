using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// large_claim: a settlement whose total reaches <c>threshold</c>. Planted as a longer stay with costly implants or
/// biologics; background totals are trimmed (dropping the costliest lines no rule reads) to stay below every threshold.
/// </summary>
internal sealed class LargeClaimPlanter(CompiledRule rule) : RulePlanter(rule)
{
    private readonly decimal _threshold = Reader(rule.Definition.Parameters).Decimal("threshold", 0, 100_000_000);

    public override bool ShapesStay => true;

    public override bool CanPlant => _threshold > 0;

    public override bool Shape(StayPlan plan, PlantingContext c)
    {
        plan.MinLos = Math.Max(plan.MinLos, Math.Min(plan.MaxLos, 6));
        return true;
    }

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        decimal target = Money.Round(_threshold * (decimal)c.Rng.Between(1.0, 1.35)) + 0.01m;
        for (int i = 0; i < 400; i++)
        {
            if (d.Total >= target)
            {
                return true;
            }

            CatalogueItem? item = c.Catalogue.DrawExpensive(c.Rng) ?? c.Catalogue.DrawFree(ItemCategory.Drug, c.Rng);
            if (item is null)
            {
                return false;
            }

            c.AddFree(d, item, c.Lines.RandomDay(d));
        }

        return false;
    }

    public override void Guard(StayDraft d, PlantingContext c)
    {
        decimal limit = _threshold - Math.Max(0.01m, Money.Round(_threshold * 0.03m));
        if (!AppliesTo(d))
        {
            return;
        }

        while (d.Total >= limit)
        {
            DraftLine? costliest = null;
            foreach (DraftLine line in d.Lines)
            {
                if (Trimmable(line) && (costliest is null || line.Amount > costliest.Amount))
                {
                    costliest = line;
                }
            }

            if (costliest is null)
            {
                return;
            }

            d.Remove(costliest);
        }
    }

    /// <summary>Drugs, supplies, tests and treatments no rule reads; beds, nursing and the operation itself stay.</summary>
    private static bool Trimmable(DraftLine line) =>
        line.Item.Free && !line.Planted && line.Item.Category is not (ItemCategory.Bed or ItemCategory.Nursing or ItemCategory.Surgery or ItemCategory.Service);

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        if (d.Total >= _threshold)
        {
            into.Add(new ExpectedFlag(Index, -1, [], null));
        }
    }
}
