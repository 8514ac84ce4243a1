using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// surgery_discount: two or more different surgeries of one group (attribute <c>group</c>) charged on one day. The
/// dearest by reference price (attribute <c>price</c>, else the line's unit price; ties to the earlier line) is the
/// main one; every line of another code whose unit price is above <c>discount_rate</c> (default 0.5) × its reference,
/// rounded to the fen, is flagged — one flag per group and day. Planted as two surgeries of one group at full price
/// on the day of the main operation; the background never charges two surgeries of one group on one day.
/// </summary>
internal sealed class SurgeryDiscountPlanter : RulePlanter
{
    private readonly decimal _rate;
    private readonly string[] _groups;
    private readonly decimal?[] _prices;
    private int[][] _byGroup = [];

    public SurgeryDiscountPlanter(CompiledRule rule) : base(rule)
    {
        _rate = Reader(rule.Definition.Parameters).Decimal("discount_rate", 0, 1, 0.5m);
        _groups = [.. rule.Entries.Select(e => Reader(e.Attributes).Text("group"))];
        _prices = [.. rule.Entries.Select(e => Reader(e.Attributes) is var a && a.Has("price") ? a.Decimal("price", 0, 10_000_000) : (decimal?)null)];
    }

    public override IEnumerable<CoveragePattern> Patterns =>
        Rule.Entries.SelectMany((e, i) => e.Codes.Select(code => new CoveragePattern(code, new CoverageHit(Index, i, 0))));

    public override bool CanPlant => _byGroup.Length > 0;

    /// <summary>Groups with entries of at least two different catalogue items.</summary>
    public override void Bind(PlantingContext context) =>
        _byGroup = [.. Enumerable.Range(0, _groups.Length).Where(i => context.Catalogue.ItemsFor(Hit(i)).Count > 0)
            .GroupBy(i => _groups[i]).Select(g => g.ToArray())
            .Where(g => g.SelectMany(i => context.Catalogue.ItemsFor(Hit(i))).Select(item => item.Code).Distinct().Count() > 1)];

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        Operation? main = d.Operations.Find(o => o.Main);
        if (main?.PerformedAt is not DateTime performed || _byGroup.Length == 0)
        {
            return false;
        }

        int day = ChinaTime.Date(performed).DayNumber;
        for (int attempt = 0; attempt < 8; attempt++)
        {
            int[] group = c.Rng.Pick(_byGroup);
            int first = c.Rng.Pick(group), second = c.Rng.Pick(group);
            CatalogueItem a = c.Rng.Pick(c.Candidates(Hit(first), Family)), b = c.Rng.Pick(c.Candidates(Hit(second), Family));
            if (a.Code == b.Code)
            {
                continue;
            }

            DraftLine one = c.Lines.Create(d, a, day, 1), other = c.Lines.Create(d, b, day, 1);
            if (!c.TryAdd(d, one, exceptFamily: Family))
            {
                continue;
            }

            if (c.TryAdd(d, other, exceptFamily: Family) && Undiscounted(one, first) && Undiscounted(other, second))
            {
                one.Planted = other.Planted = true;
                return true;
            }

            d.Remove(one);
            if (d.Lines.Contains(other))
            {
                d.Remove(other);
            }
        }

        return false;
    }

    /// <summary>A background surgery stays clear of a different surgery of its group charged the same day.</summary>
    public override bool Admit(StayDraft d, DraftLine line, CoverageHit hit)
    {
        string group = _groups[hit.Entry];
        foreach (DraftLine other in d.Lines)
        {
            if (other.Day == line.Day && other.Item.Code != line.Item.Code && other.Item.Hits.Any(h => h.Rule == Index && _groups[h.Entry] == group))
            {
                return false;
            }
        }

        return true;
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        if (hits.Length < 2)
        {
            return;
        }

        foreach (var window in hits.ToArray().GroupBy(h => (Group: _groups[h.Entry], d.Lines[h.Line].Day)))
        {
            LineHit[] ordered = [.. window.OrderByDescending(h => Reference(d, h)).ThenBy(h => h.Line)];
            if (ordered.Select(h => d.Lines[h.Line].Item.Code).Distinct().Count() < 2)
            {
                continue;
            }

            string main = d.Lines[ordered[0].Line].Item.Code;
            List<int> flagged = [.. ordered.Where(h => d.Lines[h.Line].Item.Code != main
                && d.Lines[h.Line].UnitPrice > decimal.Round(_rate * Reference(d, h), 2)).Select(h => h.Line)];
            if (flagged.Count > 0)
            {
                flagged.Sort();
                into.Add(new ExpectedFlag(Index, ordered[0].Entry, flagged, null));
            }
        }
    }

    private CoverageHit Hit(int entry) => new(Index, entry, 0);

    private decimal Reference(StayDraft d, LineHit hit) => _prices[hit.Entry] ?? d.Lines[hit.Line].UnitPrice;

    private bool Undiscounted(DraftLine line, int entry) => line.UnitPrice > decimal.Round(_rate * (_prices[entry] ?? line.UnitPrice), 2);
}
