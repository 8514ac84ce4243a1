namespace SmartReview.Rules.Families;

/// <summary>One (entry, window) of <see cref="WindowGroups"/>: its members' place in the buffer and its first line.</summary>
internal readonly record struct WindowGroup(int Entry, DateOnly Key, int FirstLine, int Start, int Length) : IComparable<WindowGroup>
{
    /// <summary>In the order of first appearance among hits sorted by entry and line.</summary>
    public int CompareTo(WindowGroup other)
    {
        int c = Entry.CompareTo(other.Entry);
        return c != 0 ? c : FirstLine.CompareTo(other.FirstLine);
    }
}
