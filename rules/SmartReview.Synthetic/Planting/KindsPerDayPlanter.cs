using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// kinds_per_day: more than <c>max_kinds</c> different items of one <c>category</c> (parameters) on one China day:
/// the lines of the kinds beyond the limit, in order of first charge, are flagged, one flag per day. The rule reads
/// every line of its category, so the background is kept within it by a guard that drops surplus kinds no other rule
/// reads; a plant adds kinds to one day until it is over the limit.
/// </summary>
internal sealed class KindsPerDayPlanter : RulePlanter
{
    private const int DrawsPerKind = 8;
    private readonly ItemCategory _category;
    private readonly int _maxKinds;
    private readonly Dictionary<int, List<int>> _days = [];

    public KindsPerDayPlanter(CompiledRule rule) : base(rule)
    {
        ValueReader p = Reader(rule.Definition.Parameters);
        EnumNames.TryParse(p.String("category", [.. Enum.GetValues<ItemCategory>().Select(EnumNames.Of)]), out _category);
        _maxKinds = p.Int("max_kinds", 1, 1000);
    }

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        int day = c.Lines.RandomDay(d);
        var kinds = new HashSet<string>(d.Lines.Where(l => l.Day == day && l.Item.Category == _category).Select(l => l.Item.Code), StringComparer.Ordinal);
        var added = new List<DraftLine>();
        for (int draw = 0; kinds.Count <= _maxKinds && draw < DrawsPerKind * (_maxKinds + 1); draw++)
        {
            CatalogueItem? item = draw % 2 == 0 ? c.Catalogue.DrawFree(_category, c.Rng) : c.Catalogue.DrawKnowledge(_category, c.Rng);
            if (item is null || kinds.Contains(item.Code))
            {
                continue;
            }

            DraftLine line = c.Lines.Create(d, item, day);
            if (c.TryAdd(d, line, exceptFamily: Family))
            {
                kinds.Add(item.Code);
                added.Add(line);
            }
        }

        if (kinds.Count > _maxKinds)
        {
            added.ForEach(l => l.Planted = true);
            return true;
        }

        added.ForEach(d.Remove);
        return false;
    }

    /// <summary>Drops, from each day over the limit, the last-started kinds whose lines no rule reads.</summary>
    public override void Guard(StayDraft d, PlantingContext c)
    {
        if (!AppliesTo(d))
        {
            return;
        }

        foreach (IGrouping<int, DraftLine> day in d.Lines.Where(l => l.Item.Category == _category).GroupBy(l => l.Day).ToList())
        {
            List<IGrouping<string, DraftLine>> kinds = [.. day.OrderBy(l => l.ChargedAt).ThenBy(l => l.Seq).GroupBy(l => l.Item.Code)];
            for (int k = kinds.Count - 1; k >= 0 && kinds.Count > _maxKinds; k--)
            {
                if (kinds[k].All(l => l.Item.Free && !l.Planted))
                {
                    foreach (DraftLine line in kinds[k])
                    {
                        d.Remove(line);
                    }

                    kinds.RemoveAt(k);
                }
            }
        }
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        Dictionary<int, List<int>> days = _days;
        days.Clear();
        for (int i = 0; i < d.Lines.Count; i++)
        {
            if (d.Lines[i].Item.Category == _category)
            {
                if (!days.TryGetValue(d.Lines[i].Day, out List<int>? lines))
                {
                    days[d.Lines[i].Day] = lines = [];
                }

                lines.Add(i);
            }
        }

        foreach (List<int> lines in days.Values)
        {
            string[] kinds = [.. lines.Select(i => d.Lines[i].Item.Code).Distinct()];
            if (kinds.Length > _maxKinds)
            {
                var excess = new HashSet<string>(kinds[_maxKinds..], StringComparer.Ordinal);
                into.Add(new ExpectedFlag(Index, -1, lines.FindAll(i => excess.Contains(d.Lines[i].Item.Code)), null));
            }
        }
    }
}
