using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// bed_days_beyond_stay: more bed quantity charged than the length of stay plus <c>tolerance_days</c> (default 1);
/// the latest bed lines beyond are flagged, one flag per settlement. A plant bills the bed again on the discharge
/// day for a few days more than the stay allows; the background guard drops the latest unplanted bed lines over it
/// (other plants may add a bed line to a day that already has one).
/// </summary>
internal sealed class BedDaysBeyondStayPlanter(CompiledRule rule) : RulePlanter(rule)
{
    private readonly int _tolerance = Reader(rule.Definition.Parameters).Int("tolerance_days", 0, 30, 1);

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        decimal quantity = Allowed(d) - Charged(d) + 1 + c.Rng.Next(3);
        if (quantity <= 0)
        {
            return false;
        }

        if (c.Catalogue.DrawFree(ItemCategory.Bed, c.Rng) is { } free)
        {
            c.AddFree(d, free, d.DischargeDay, quantity);
            return true;
        }

        foreach (CatalogueItem item in d.Lines.Where(l => l.Item.Category == ItemCategory.Bed).Select(l => l.Item).Distinct().ToList())
        {
            DraftLine line = c.Lines.Create(d, item, d.DischargeDay, quantity);
            if (c.TryAdd(d, line, exceptFamily: Family))
            {
                line.Planted = true;
                return true;
            }
        }

        return false;
    }

    public override void Guard(StayDraft d, PlantingContext c)
    {
        decimal over = Charged(d) - Allowed(d);
        if (over <= 0 || !AppliesTo(d))
        {
            return;
        }

        var trimmable = d.Lines.Where(l => l.Item.Category == ItemCategory.Bed && !l.Planted).OrderByDescending(l => l.ChargedAt).ToList();
        foreach (DraftLine line in trimmable.TakeWhile(_ => over > 0))
        {
            d.Remove(line);
            over -= line.Quantity;
        }
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        var beds = new List<int>();
        for (int i = 0; i < d.Lines.Count; i++)
        {
            if (d.Lines[i].Item.Category == ItemCategory.Bed)
            {
                beds.Add(i);
            }
        }

        if (ExcessLines.Over(d, beds, Allowed(d), static l => l.Quantity) is { } excess)
        {
            into.Add(new ExpectedFlag(Index, -1, excess, null));
        }
    }

    private decimal Allowed(StayDraft d) => d.LengthOfStay + _tolerance;

    private static decimal Charged(StayDraft d) => d.Lines.Where(l => l.Item.Category == ItemCategory.Bed).Sum(l => l.Quantity);
}
