using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// quantity_limit: an item charged above <c>max_quantity</c> in a window (attribute or parameter <c>window</c>: each
/// China day, or the whole stay; default stay); amount_limit: the same in money (<c>max_amount</c>). One flag per
/// entry and window, on the lines holding the excess, the latest charges counted as the excess. Planted as one more
/// charge that takes the window over its limit.
/// </summary>
internal sealed class QuantityLimitPlanter : RulePlanter
{
    private readonly bool _inMoney;
    private const int Attempts = 24;
    private readonly Limit[] _limits;
    private readonly Dictionary<int, List<int>> _windows = [];
    private bool[] _usable = [];

    public QuantityLimitPlanter(CompiledRule rule, bool inMoney) : base(rule)
    {
        _inMoney = inMoney;
        string attribute = inMoney ? "max_amount" : "max_quantity";
        string fallback = Reader(rule.Definition.Parameters).String("window", ["day", "stay"], "stay");
        _limits = [.. rule.Entries.Select(e =>
        {
            ValueReader a = Reader(e.Attributes);
            return new Limit(a.Decimal(attribute, 0, 100_000_000), a.String("window", ["day", "stay"], fallback) == "day");
        })];
    }

    private sealed record Limit(decimal Max, bool Daily);

    public override IEnumerable<CoveragePattern> Patterns =>
        Rule.Entries.SelectMany((e, i) => e.Codes.Select(code => new CoveragePattern(code, new CoverageHit(Index, i, 0))));

    public override bool CanPlant => _usable.Any(u => u);

    public override bool PlantsAmounts => true;

    public override void Bind(PlantingContext context) =>
        _usable = [.. Enumerable.Range(0, _limits.Length).Select(i => context.Catalogue.ItemsFor(new CoverageHit(Index, i, 0)).Count > 0)];

    public override bool Admit(StayDraft d, DraftLine line, CoverageHit hit)
    {
        Limit limit = _limits[hit.Entry];
        decimal room = limit.Max - Used(d, hit, line.Day, limit.Daily);
        if (Size(line) <= room)
        {
            return true;
        }

        decimal quantity = decimal.Floor(_inMoney ? room / line.UnitPrice : room);
        if (quantity < 1)
        {
            return false;
        }

        line.Set(quantity, line.UnitPrice);
        return Size(line) <= room;
    }

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            int entry = c.Rng.Next(_limits.Length);
            if (!_usable[entry])
            {
                continue;
            }

            var hit = new CoverageHit(Index, entry, 0);
            CatalogueItem item = c.Rng.Pick(c.Candidates(hit, Family));
            int day = c.Lines.RandomDay(d);
            Limit limit = _limits[entry];
            decimal room = limit.Max - Used(d, hit, day, limit.Daily);
            DraftLine line = c.Lines.Create(d, item, day);
            line.Set(Math.Max(1, decimal.Floor(_inMoney ? room / line.UnitPrice : room) + 1), line.UnitPrice);
            if (c.TryAdd(d, line, exceptFamily: Family))
            {
                line.Planted = true;
                return true;
            }
        }

        return false;
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        Dictionary<int, List<int>> windows = _windows;
        int start = 0;
        while (start < hits.Length)
        {
            int entry = hits[start].Entry;
            Limit limit = _limits[entry];
            windows.Clear();
            int end = start;
            for (; end < hits.Length && hits[end].Entry == entry; end++)
            {
                int key = limit.Daily ? d.Lines[hits[end].Line].Day : 0;
                if (!windows.TryGetValue(key, out List<int>? lines))
                {
                    windows[key] = lines = [];
                }

                lines.Add(hits[end].Line);
            }

            foreach (List<int> window in windows.Values)
            {
                Excess(d, entry, limit, window, into);
            }

            start = end;
        }
    }

    private void Excess(StayDraft d, int entry, Limit limit, List<int> window, List<ExpectedFlag> into)
    {
        if (ExcessLines.Over(d, window, limit.Max, Size) is { } excess)
        {
            into.Add(new ExpectedFlag(Index, entry, excess, null));
        }
    }

    /// <summary>Quantity (or money) already charged for the entry in the window of <paramref name="day"/>.</summary>
    private decimal Used(StayDraft d, CoverageHit hit, int day, bool daily)
    {
        decimal used = 0;
        foreach (DraftLine other in d.Lines)
        {
            if ((!daily || other.Day == day) && Array.IndexOf(other.Item.Hits, hit) >= 0)
            {
                used += Size(other);
            }
        }

        return used;
    }

    private decimal Size(DraftLine line) => _inMoney ? line.Amount : line.Quantity;
}
