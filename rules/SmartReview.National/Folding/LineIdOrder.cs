namespace SmartReview.National.Folding;

/// <summary>Orders fee-line serial numbers as numbers when both are digits (2 before 10, 0002 before 0010), otherwise ordinally.</summary>
internal sealed class LineIdOrder : IComparer<string>
{
    public static readonly LineIdOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return string.CompareOrdinal(x, y);
        }

        if (IsDigits(x) && IsDigits(y))
        {
            ReadOnlySpan<char> a = x.AsSpan().TrimStart('0'), b = y.AsSpan().TrimStart('0');
            int byLength = a.Length.CompareTo(b.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            int byValue = a.SequenceCompareTo(b);
            return byValue != 0 ? byValue : string.CompareOrdinal(x, y);
        }

        return string.CompareOrdinal(x, y);
    }

    private static bool IsDigits(string s) => s.Length > 0 && !s.AsSpan().ContainsAnyExceptInRange('0', '9');
}
