using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// One rule's hits grouped by (knowledge entry, window) in buffers reused from settlement to settlement, so that a
/// rule that counts per window allocates nothing when nothing breaks. One per <see cref="RuleContext"/>, hence one
/// thread at a time; valid until the next <see cref="Build"/>. Groups come in the order of their first line (as a
/// LINQ GroupBy over the hits would give them); members of a group by charge time (if asked) and then line.
/// </summary>
internal sealed class WindowGroups(RuleContext context)
{
    private WindowMember[] _members = new WindowMember[64];
    private WindowGroup[] _groups = new WindowGroup[16];

    public int Count { get; private set; }

    public WindowGroup this[int index] => _groups[index];

    public ReadOnlySpan<WindowMember> Members(WindowGroup group) => _members.AsSpan(group.Start, group.Length);

    /// <param name="hits">One rule's hits.</param>
    /// <param name="windows">The window of each knowledge entry.</param>
    /// <param name="byTime">Order members by charge time before line (quantities used up in time order).</param>
    public void Build(ReadOnlySpan<Hit> hits, Window[] windows, bool byTime)
    {
        ReadOnlySpan<LineItem> lines = context.Lines;
        if (_members.Length < hits.Length)
        {
            _members = new WindowMember[Math.Max(hits.Length, _members.Length * 2)];
        }

        for (int i = 0; i < hits.Length; i++)
        {
            Hit hit = hits[i];
            LineItem line = lines[hit.Line];
            _members[i] = new WindowMember(hit.Entry, Windows.KeyOf(windows[hit.Entry], context.DateOf(hit.Line)), byTime ? line.ChargedAt.Ticks : 0, hit.Line, hit.Role);
        }

        Span<WindowMember> members = _members.AsSpan(0, hits.Length);
        SortUnlessSorted(members);
        Count = 0;
        int start = 0;
        while (start < members.Length)
        {
            int end = start + 1, first = members[start].Line;
            while (end < members.Length && members[end].Entry == members[start].Entry && members[end].Key == members[start].Key)
            {
                first = Math.Min(first, members[end].Line);
                end++;
            }

            if (Count == _groups.Length)
            {
                Array.Resize(ref _groups, _groups.Length * 2);
            }

            _groups[Count++] = new WindowGroup(members[start].Entry, members[start].Key, first, start, end - start);
            start = end;
        }

        SortUnlessSorted(_groups.AsSpan(0, Count));
    }

    /// <summary>Distinct codes of the group's lines, counting no further than <paramref name="enough"/> (groups hold a few dozen lines).</summary>
    public int DistinctCodes(WindowGroup group, int enough)
    {
        ReadOnlySpan<LineItem> lines = context.Lines;
        ReadOnlySpan<WindowMember> members = Members(group);
        int count = 0;
        for (int i = 0; i < members.Length && count < enough; i++)
        {
            string code = lines[members[i].Line].Code;
            bool seen = false;
            for (int j = 0; j < i && !seen; j++)
            {
                seen = string.Equals(lines[members[j].Line].Code, code, StringComparison.Ordinal);
            }

            if (!seen)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Whether the hits' lines carry at least two different codes. When they do not, no window of them has two, so
    /// the families that count codes per window can stop before grouping (one drug of a class billed day after day).
    /// </summary>
    public bool AnyTwoCodes(ReadOnlySpan<Hit> hits)
    {
        ReadOnlySpan<LineItem> lines = context.Lines;
        for (int i = 1; i < hits.Length; i++)
        {
            if (!string.Equals(lines[hits[i].Line].Code, lines[hits[0].Line].Code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lines come mostly in time order, so members and groups mostly come sorted already: check before sorting.</summary>
    private static void SortUnlessSorted<T>(Span<T> items) where T : IComparable<T>
    {
        for (int i = 1; i < items.Length; i++)
        {
            if (items[i - 1].CompareTo(items[i]) > 0)
            {
                items.Sort();
                return;
            }
        }
    }
}
