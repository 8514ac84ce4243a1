using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>A rule's sorted hits grouped by entry, then by the China day of their lines (lines in charge order). Reused between stays.</summary>
internal sealed class EntryDays
{
    private readonly Dictionary<int, List<int>> _days = [];

    /// <summary>Calls <paramref name="visit"/> with each entry and the lines it covers on one day.</summary>
    public void ForEach(StayDraft d, ReadOnlySpan<LineHit> hits, Action<int, List<int>> visit)
    {
        int start = 0;
        while (start < hits.Length)
        {
            int entry = hits[start].Entry;
            _days.Clear();
            int end = start;
            for (; end < hits.Length && hits[end].Entry == entry; end++)
            {
                int day = d.Lines[hits[end].Line].Day;
                if (!_days.TryGetValue(day, out List<int>? lines))
                {
                    _days[day] = lines = [];
                }

                lines.Add(hits[end].Line);
            }

            foreach (List<int> lines in _days.Values)
            {
                visit(entry, lines);
            }

            start = end;
        }
    }
}
