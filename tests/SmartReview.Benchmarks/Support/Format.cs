using System.Globalization;

namespace SmartReview.Benchmarks.Support;

/// <summary>Numbers as the tables show them: invariant culture, thousands separated.</summary>
internal static class Format
{
    public static string N(double value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public static string Mb(long bytes) => N(bytes / 1048576.0, 1);

    public static string Seconds(TimeSpan t) => N(t.TotalSeconds, 2);

    public static string Ms(TimeSpan t) => N(t.TotalMilliseconds, 1);

    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
