using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// prerequisite_item: an item (the entry's codes) charged on a stay with none of the items it needs (attribute
/// <c>requires</c>, codes or prefixes): all its lines are flagged, one flag per entry. The background bills such an
/// item only after one it needs; a plant bills it on a stay with none.
/// </summary>
internal sealed class PrerequisiteItemPlanter : RulePlanter
{
    private const byte Item = 0, Required = 1;
    private const int Attempts = 16;
    private readonly IReadOnlyList<string>[] _requires;
    private bool[] _usable = [];

    public PrerequisiteItemPlanter(CompiledRule rule) : base(rule) =>
        _requires = [.. rule.Entries.Select(e => Reader(e.Attributes).Strings("requires", required: true))];

    public override IEnumerable<CoveragePattern> Patterns =>
        Rule.Entries.SelectMany((e, i) => e.Codes.Select(code => new CoveragePattern(code, new CoverageHit(Index, i, Item)))
            .Concat(_requires[i].Select(code => new CoveragePattern(code, new CoverageHit(Index, i, Required)))));

    public override bool CanPlant => _usable.Any(u => u);

    public override void Bind(PlantingContext context) =>
        _usable = [.. Enumerable.Range(0, _requires.Length).Select(i => context.Catalogue.ItemsFor(new CoverageHit(Index, i, Item)).Count > 0)];

    public override bool Admit(StayDraft d, DraftLine line, CoverageHit hit) =>
        hit.Role == Required || Has(d, new CoverageHit(Index, hit.Entry, Required));

    /// <summary>A planted item without what it needs gets it: a line of a required item the same day (kept by the guards as planted).</summary>
    public override Action? Accommodate(StayDraft d, DraftLine line, CoverageHit hit, PlantingContext c)
    {
        IReadOnlyList<CatalogueItem> needed = c.Catalogue.ItemsFor(new CoverageHit(Index, hit.Entry, Required));
        if (hit.Role != Item || needed.Count == 0)
        {
            return null;
        }

        DraftLine required = c.Lines.Create(d, c.Rng.Pick(needed), line.Day);
        if (!c.TryPlace(d, required, null))
        {
            return null;
        }

        required.Planted = true;
        return () => d.Remove(required);
    }

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            int entry = c.Rng.Next(_usable.Length);
            if (!_usable[entry] || Has(d, new CoverageHit(Index, entry, Required)))
            {
                continue;
            }

            DraftLine line = c.Lines.Create(d, c.Rng.Pick(c.Candidates(new CoverageHit(Index, entry, Item), Family)), c.Lines.RandomDay(d));
            if (!Array.Exists(line.Item.Hits, h => h.Rule == Index && h.Entry == entry && h.Role == Required) && c.TryAdd(d, line, exceptFamily: Family))
            {
                line.Planted = true;
                return true;
            }
        }

        return false;
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        int start = 0;
        while (start < hits.Length)
        {
            int entry = hits[start].Entry;
            var items = new List<int>();
            bool required = false;
            int end = start;
            for (; end < hits.Length && hits[end].Entry == entry; end++)
            {
                required |= hits[end].Role == Required;
                if (hits[end].Role == Item)
                {
                    items.Add(hits[end].Line);
                }
            }

            if (items.Count > 0 && !required)
            {
                into.Add(new ExpectedFlag(Index, entry, items, null));
            }

            start = end;
        }
    }

    private static bool Has(StayDraft d, CoverageHit hit) => d.Lines.Exists(l => Array.IndexOf(l.Item.Hits, hit) >= 0);
}
