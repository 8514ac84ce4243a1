using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// unbundling: at least <c>min_parts</c> (attribute, default 2) different parts of a service (attribute <c>parts</c>)
/// charged on one China day: all the parts' lines that day are flagged, one flag per entry and day. The background
/// keeps a day below that many different parts; a plant adds the missing parts on one day.
/// </summary>
internal sealed class UnbundlingPlanter : RulePlanter
{
    private const int Attempts = 16;
    private readonly int[] _minParts;
    private readonly EntryDays _days = new();
    private readonly HashSet<string> _kinds = new(StringComparer.Ordinal);
    private bool[] _usable = [];

    public UnbundlingPlanter(CompiledRule rule) : base(rule) =>
        _minParts = [.. rule.Entries.Select(e => Reader(e.Attributes).Int("min_parts", 2, 100, 2))];

    public override IEnumerable<CoveragePattern> Patterns =>
        Rule.Entries.SelectMany((e, i) => Reader(e.Attributes).Strings("parts", required: true).Select(code => new CoveragePattern(code, new CoverageHit(Index, i, 0))));

    public override bool CanPlant => _usable.Any(u => u);

    public override void Bind(PlantingContext context) =>
        _usable = [.. _minParts.Select((min, i) => context.Catalogue.ItemsFor(new CoverageHit(Index, i, 0)).Count >= min)];

    public override bool Admit(StayDraft d, DraftLine line, CoverageHit hit)
    {
        HashSet<string> kinds = PartsOn(d, hit, line.Day);
        kinds.Add(line.Item.Code);
        return kinds.Count < _minParts[hit.Entry];
    }

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            int entry = c.Rng.Next(_usable.Length);
            if (!_usable[entry])
            {
                continue;
            }

            var hit = new CoverageHit(Index, entry, 0);
            int day = c.Lines.RandomDay(d);
            HashSet<string> kinds = PartsOn(d, hit, day);
            var added = new List<DraftLine>();
            foreach (CatalogueItem part in c.Candidates(hit, Family).OrderBy(_ => c.Rng.Next()))
            {
                if (kinds.Count >= _minParts[entry] || kinds.Contains(part.Code))
                {
                    continue;
                }

                DraftLine line = c.Lines.Create(d, part, day);
                if (c.TryAdd(d, line, exceptFamily: Family))
                {
                    kinds.Add(part.Code);
                    added.Add(line);
                }
            }

            if (kinds.Count >= _minParts[entry] && added.Count > 0)
            {
                added.ForEach(l => l.Planted = true);
                return true;
            }

            added.ForEach(d.Remove);
        }

        return false;
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into) =>
        _days.ForEach(d, hits, (entry, lines) =>
        {
            if (lines.Select(i => d.Lines[i].Item.Code).Distinct().Count() >= _minParts[entry])
            {
                into.Add(new ExpectedFlag(Index, entry, lines, null));
            }
        });

    /// <summary>The different parts of the entry of <paramref name="hit"/> charged on <paramref name="day"/>; a reused set.</summary>
    private HashSet<string> PartsOn(StayDraft d, CoverageHit hit, int day)
    {
        _kinds.Clear();
        foreach (DraftLine other in d.Lines)
        {
            if (other.Day == day && Array.IndexOf(other.Item.Hits, hit) >= 0)
            {
                _kinds.Add(other.Item.Code);
            }
        }

        return _kinds;
    }
}
