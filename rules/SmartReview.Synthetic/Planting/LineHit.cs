namespace SmartReview.Synthetic.Planting;

/// <summary>A line of a finished draft whose code one rule entry covers; sorted by rule, entry, then line.</summary>
internal readonly record struct LineHit(int Rule, int Entry, int Line, byte Role) : IComparable<LineHit>
{
    public int CompareTo(LineHit other)
    {
        int c = Rule.CompareTo(other.Rule);
        if (c != 0) { return c; }
        c = Entry.CompareTo(other.Entry);
        return c != 0 ? c : Line.CompareTo(other.Line);
    }
}
