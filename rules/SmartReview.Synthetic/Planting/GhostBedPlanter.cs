using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// ghost_bed: a run of at least <c>min_days</c> (default 3) consecutive China days on which nothing but bed and
/// nursing was charged; every line of those runs is flagged, one flag per settlement. A plant clears a run of days
/// inside a long enough stay of everything but bed and nursing; the background guard charges an unread treatment on
/// enough days of any such run to keep it shorter.
/// </summary>
internal sealed class GhostBedPlanter(CompiledRule rule) : RulePlanter(rule)
{
    private static readonly ItemCategory[] Treatments = [ItemCategory.Treatment, ItemCategory.Service, ItemCategory.Lab];
    private readonly int _minDays = Reader(rule.Definition.Parameters).Int("min_days", 1, 365, 3);

    public override bool CanPlant => _minDays <= 50;

    public override bool ShapesStay => true;

    public override bool Shape(StayPlan plan, PlantingContext c)
    {
        plan.MinLos = Math.Max(plan.MinLos, _minDays + 2);
        return plan.MinLos <= plan.MaxLos;
    }

    /// <summary>Clears days after the admission day and before discharge, each of which has its bed or nursing line.</summary>
    public override bool Plant(StayDraft d, PlantingContext c)
    {
        int first = d.AdmissionDay + 1, starts = d.DischargeDay - first - _minDays + 1;
        if (starts <= 0)
        {
            return false;
        }

        int start = first + c.Rng.Next(starts), end = start + _minDays;
        bool InRun(DraftLine l) => l.Day >= start && l.Day < end;
        var cleared = d.Lines.Where(l => InRun(l) && !IsBedOrNursing(l)).ToList();
        int kept = d.Lines.Where(l => InRun(l) && IsBedOrNursing(l)).Select(l => l.Day).Distinct().Count();
        if (kept < _minDays || cleared.Any(l => l.Planted))
        {
            return false;
        }

        cleared.ForEach(d.Remove);
        return true;
    }

    public override void Guard(StayDraft d, PlantingContext c)
    {
        if (!AppliesTo(d))
        {
            return;
        }

        foreach (List<int> run in IdleRuns(d).Where(r => r.Count >= _minDays))
        {
            for (int k = _minDays - 1; k < run.Count; k += _minDays)
            {
                if (Treatments.Select(t => c.Catalogue.DrawFree(t, c.Rng)).FirstOrDefault(i => i is not null) is { } item)
                {
                    d.Add(c.Lines.Create(d, item, run[k], 1));
                }
            }
        }
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        var days = IdleRuns(d).Where(r => r.Count >= _minDays).SelectMany(r => r).ToHashSet();
        if (days.Count > 0)
        {
            List<int> lines = [.. Enumerable.Range(0, d.Lines.Count).Where(i => days.Contains(d.Lines[i].Day))];
            into.Add(new ExpectedFlag(Index, -1, lines, null));
        }
    }

    /// <summary>Runs of consecutive days with a bed or nursing line and nothing else.</summary>
    private static List<List<int>> IdleRuns(StayDraft d)
    {
        var idle = new SortedSet<int>(d.Lines.Where(IsBedOrNursing).Select(l => l.Day));
        idle.ExceptWith(d.Lines.Where(l => !IsBedOrNursing(l)).Select(l => l.Day));
        var runs = new List<List<int>>();
        foreach (int day in idle)
        {
            if (runs.Count == 0 || runs[^1][^1] != day - 1)
            {
                runs.Add([]);
            }

            runs[^1].Add(day);
        }

        return runs;
    }

    private static bool IsBedOrNursing(DraftLine line) => line.Item.Category is ItemCategory.Bed or ItemCategory.Nursing;
}
