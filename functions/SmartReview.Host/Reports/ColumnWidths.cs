using System.Globalization;
using SmartReview.Application.Reports;

namespace SmartReview.Host.Reports;

/// <summary>
/// Column widths fitted to the rows a sheet starts with: the longest line of each column's cells as shown (Chinese,
/// Japanese and Korean characters and full-width forms count two), plus a margin, between <see cref="Min"/> and
/// <see cref="Max"/> characters.
/// </summary>
internal static class ColumnWidths
{
    public const double Min = 6;
    public const double Max = 60;
    private const double Margin = 2;

    public static IEnumerable<double> Fit(IReadOnlyList<object?[]> rows, int columns)
    {
        var widest = new int[columns];
        foreach (object?[] row in rows)
        {
            for (int i = 0; i < Math.Min(columns, row.Length); i++)
            {
                widest[i] = Math.Max(widest[i], Width(Shown(row[i])));
            }
        }

        return widest.Select(w => Math.Clamp(w + Margin, Min, Max));
    }

    /// <summary>The text a cell shows (money with 2 decimals, times as yyyy-mm-dd hh:mm:ss).</summary>
    private static string Shown(object? value) => value switch
    {
        null => "",
        string s => s,
        TextKey k => ExportTexts.Get(k.Key),
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        DateTime => "yyyy-mm-dd hh:mm:ss",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The widest line of <paramref name="text"/>, wide characters counting two.</summary>
    internal static int Width(string text)
    {
        int widest = 0, line = 0;
        foreach (char c in text)
        {
            line = c == '\n' ? 0 : line + (IsWide(c) ? 2 : 1);
            widest = Math.Max(widest, line);
        }

        return widest;
    }

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
