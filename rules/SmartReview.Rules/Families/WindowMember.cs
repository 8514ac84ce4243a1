using SmartReview.Rules.Engine;

namespace SmartReview.Rules.Families;

/// <summary>
/// A hit placed in its window, ordered by entry, window, charge time (ticks, or 0) and line; <c>Role</c> is the hit's
/// side of a pair (<see cref="Hit.Role"/>).
/// </summary>
internal readonly record struct WindowMember(int Entry, DateOnly Key, long Time, int Line, byte Role) : IComparable<WindowMember>
{
    public int CompareTo(WindowMember other)
    {
        int c = Entry.CompareTo(other.Entry);
        if (c != 0) { return c; }
        c = Key.CompareTo(other.Key);
        if (c != 0) { return c; }
        c = Time.CompareTo(other.Time);
        return c != 0 ? c : Line.CompareTo(other.Line);
    }
}
