namespace SmartReview.Rules.Engine;

/// <summary>A line that matched one knowledge entry of one rule. Role tells which side of the entry matched (pairs).</summary>
public readonly record struct Hit(int Rule, int Entry, int Line, byte Role) : IComparable<Hit>
{
    public int CompareTo(Hit other)
    {
        int c = Rule.CompareTo(other.Rule);
        if (c != 0) { return c; }
        c = Entry.CompareTo(other.Entry);
        return c != 0 ? c : Line.CompareTo(other.Line);
    }
}
