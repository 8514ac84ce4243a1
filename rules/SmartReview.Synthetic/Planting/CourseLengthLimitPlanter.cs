using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// course_length_limit: an item charged on more distinct China days than its payable course (attribute
/// <c>max_days</c>); the lines after the last payable day are flagged, one flag per entry. The background keeps each
/// item within its days; a plant charges it on one day more than the course, in a stay long enough for that (longer
/// than the background's 60 days for a course of months), for a person the item's other rules allow (a neonate for
/// neonatal phototherapy).
/// </summary>
internal sealed class CourseLengthLimitPlanter : RulePlanter
{
    private readonly int[] _maxDays;
    private bool[] _usable = [];
    private int _planned = -1;

    public CourseLengthLimitPlanter(CompiledRule rule) : base(rule) =>
        _maxDays = [.. rule.Entries.Select(e => Reader(e.Attributes).Int("max_days", 1, 3650))];

    public override IEnumerable<CoveragePattern> Patterns =>
        Rule.Entries.SelectMany((e, i) => e.Codes.Select(code => new CoveragePattern(code, new CoverageHit(Index, i, 0))));

    public override bool CanPlant => _usable.Any(u => u);

    public override bool ShapesStay => true;

    public override void Bind(PlantingContext context) =>
        _usable = [.. _maxDays.Select((days, i) => days < StayPlan.LongestLos && context.Catalogue.ItemsFor(new CoverageHit(Index, i, 0)).Count > 0)];

    public override bool Shape(StayPlan plan, PlantingContext c)
    {
        int start = c.Rng.Next(_maxDays.Length);
        for (int k = 0; k < _maxDays.Length; k++)
        {
            int entry = (start + k) % _maxDays.Length;
            if (_usable[entry])
            {
                _planned = entry;
                plan.MinLos = Math.Max(plan.MinLos, _maxDays[entry]);
                plan.MaxLos = Math.Max(plan.MaxLos, plan.MinLos);
                IReadOnlyList<CatalogueItem> items = c.Catalogue.ItemsFor(new CoverageHit(Index, entry, 0));
                plan.RequirePerson((p, admission, discharge) => items.Any(item => c.Planters.Suit(p, admission, discharge, item.Hits, Family)));
                return true;
            }
        }

        return false;
    }

    public override bool Admit(StayDraft d, DraftLine line, CoverageHit hit)
    {
        HashSet<int> days = Days(d, hit);
        days.Add(line.Day);
        return days.Count <= _maxDays[hit.Entry];
    }

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        if (_planned < 0 || d.DischargeDay - d.AdmissionDay + 1 <= _maxDays[_planned])
        {
            return false;
        }

        var hit = new CoverageHit(Index, _planned, 0);
        CatalogueItem item = c.Rng.Pick(c.Candidates(hit, Family));
        HashSet<int> days = Days(d, hit);
        var added = new List<DraftLine>();
        for (int day = d.AdmissionDay; day <= d.DischargeDay && days.Count <= _maxDays[_planned]; day++)
        {
            DraftLine line = c.Lines.Create(d, item, day);
            if (!days.Contains(day) && c.TryAdd(d, line, exceptFamily: Family))
            {
                line.Planted = true;
                added.Add(line);
                days.Add(day);
            }
        }

        if (days.Count > _maxDays[_planned])
        {
            return true;
        }

        added.ForEach(d.Remove);
        return false;
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        int start = 0;
        while (start < hits.Length)
        {
            int entry = hits[start].Entry;
            var days = new SortedSet<int>();
            int end = start;
            for (; end < hits.Length && hits[end].Entry == entry; end++)
            {
                days.Add(d.Lines[hits[end].Line].Day);
            }

            if (days.Count > _maxDays[entry])
            {
                int lastPayable = days.ElementAt(_maxDays[entry] - 1);
                var beyond = new List<int>();
                for (int i = start; i < end; i++)
                {
                    if (d.Lines[hits[i].Line].Day > lastPayable)
                    {
                        beyond.Add(hits[i].Line);
                    }
                }

                into.Add(new ExpectedFlag(Index, entry, beyond, null));
            }

            start = end;
        }
    }

    private static HashSet<int> Days(StayDraft d, CoverageHit hit)
    {
        var days = new HashSet<int>();
        foreach (DraftLine line in d.Lines)
        {
            if (Array.IndexOf(line.Item.Hits, hit) >= 0)
            {
                days.Add(line.Day);
            }
        }

        return days;
    }
}
