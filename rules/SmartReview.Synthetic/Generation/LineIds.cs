namespace SmartReview.Synthetic.Generation;

/// <summary>Line ids are the fee list's order numbers within a settlement: 0001, 0002… (shared strings, no allocation).</summary>
internal static class LineIds
{
    private static readonly string[] Common = [.. Enumerable.Range(1, 512).Select(n => n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))];

    public static string Of(int index) =>
        index < Common.Length ? Common[index] : (index + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
