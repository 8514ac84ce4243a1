using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// exclusive_pair: an item that contains others (attribute <c>excludes</c>) charged in the same window (parameter
/// <c>window</c>, day or stay; default day) as one of them: the included lines are flagged. The background never
/// puts both sides of an entry in one window; a plant adds the included item (and the containing one if missing).
/// </summary>
internal sealed class ExclusivePairPlanter : RulePlanter
{
    private const byte Containing = 0, Included = 1;
    private const int Attempts = 24;
    private readonly bool _daily;
    private readonly IReadOnlyList<string>[] _excludes;
    private readonly Dictionary<int, (List<int> Containing, List<int> Included)> _windows = [];
    private bool[] _usable = [];

    public ExclusivePairPlanter(CompiledRule rule) : base(rule)
    {
        _daily = Reader(rule.Definition.Parameters).String("window", ["day", "stay"], "day") == "day";
        _excludes = [.. rule.Entries.Select(e => Reader(e.Attributes).Strings("excludes", required: true))];
    }

    public override IEnumerable<CoveragePattern> Patterns =>
        Rule.Entries.SelectMany((e, i) => e.Codes.Select(code => new CoveragePattern(code, new CoverageHit(Index, i, Containing)))
            .Concat(_excludes[i].Select(code => new CoveragePattern(code, new CoverageHit(Index, i, Included)))));

    public override bool CanPlant => _usable.Any(u => u);

    public override bool BillsEveryRole => true;

    public override void Bind(PlantingContext context) =>
        _usable = [.. Enumerable.Range(0, _excludes.Length).Select(i =>
            context.Catalogue.ItemsFor(new CoverageHit(Index, i, Containing)).Count > 0 && context.Catalogue.ItemsFor(new CoverageHit(Index, i, Included)).Count > 0)];

    public override bool Admit(StayDraft d, DraftLine line, CoverageHit hit)
    {
        var opposite = new CoverageHit(Index, hit.Entry, (byte)(1 - hit.Role));
        return !Covers(line.Item, opposite) && !WindowHas(d, opposite, line.Day);
    }

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            int entry = c.Rng.Next(_excludes.Length);
            if (!_usable[entry])
            {
                continue;
            }

            var containing = new CoverageHit(Index, entry, Containing);
            int day = c.Lines.RandomDay(d);
            DraftLine? outer = null;
            if (!WindowHas(d, containing, day))
            {
                outer = c.Lines.Create(d, c.Rng.Pick(c.Candidates(containing, Family)), day, 1);
                if (!c.TryAdd(d, outer, exceptFamily: Family))
                {
                    continue;
                }
            }

            DraftLine inner = c.Lines.Create(d, c.Rng.Pick(c.Candidates(new CoverageHit(Index, entry, Included), Family)), day);
            if (c.TryAdd(d, inner, exceptFamily: Family))
            {
                inner.Planted = true;
                outer?.Planted = true;
                return true;
            }

            if (outer is not null)
            {
                d.Remove(outer);
            }
        }

        return false;
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        Dictionary<int, (List<int> Containing, List<int> Included)> windows = _windows;
        int start = 0;
        while (start < hits.Length)
        {
            int entry = hits[start].Entry;
            windows.Clear();
            int end = start;
            for (; end < hits.Length && hits[end].Entry == entry; end++)
            {
                int key = _daily ? d.Lines[hits[end].Line].Day : 0;
                if (!windows.TryGetValue(key, out var sides))
                {
                    windows[key] = sides = ([], []);
                }

                (hits[end].Role == Containing ? sides.Containing : sides.Included).Add(hits[end].Line);
            }

            foreach ((List<int> outer, List<int> inner) in windows.Values)
            {
                if (outer.Count > 0 && inner.Count > 0)
                {
                    into.Add(new ExpectedFlag(Index, entry, inner, null));
                }
            }

            start = end;
        }
    }

    private bool WindowHas(StayDraft d, CoverageHit hit, int day)
    {
        foreach (DraftLine line in d.Lines)
        {
            if ((!_daily || line.Day == day) && Covers(line.Item, hit))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Covers(CatalogueItem item, CoverageHit hit) => Array.IndexOf(item.Hits, hit) >= 0;
}
