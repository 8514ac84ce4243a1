using System.Globalization;
using SmartReview.Benchmarks.Support;

namespace SmartReview.Benchmarks;

/// <summary>The command line: a measure and optional sizes. <c>--count</c> overrides each measure's default size.</summary>
internal sealed record BenchOptions(string Measure, int? Count, int Seed, int Workers, string DataDirectory, int? SpanDays, bool AzuriteInMemory,
    string Pack)
{
    public const string Usage = "usage: SmartReview.Benchmarks throughput|memory|compile|rulesengine|replay|orchestrations|caseflows|all|dashboard "
        + "[--count N] [--seed N] [--workers N] [--data DIR] [--span-days N] [--azurite disk|memory] [--pack starter|national|provincial|local]";

    private static readonly string[] Measures = ["throughput", "memory", "compile", "rulesengine", "replay", "orchestrations", "caseflows", "all", "dashboard"];

    public bool Runs(string measure) => Measure == "all" || Measure == measure;

    public int CountOr(int fallback) => Count ?? fallback;

    public static BenchOptions? Parse(string[] args)
    {
        if (args.Length == 0 || !Measures.Contains(args[0]))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 1; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        int? Int(string name) => values.TryGetValue(name, out string? v) ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        return new BenchOptions(args[0], Int("count"), Int("seed") ?? 2024, Int("workers") ?? 0,
            values.GetValueOrDefault("data") ?? Path.Combine(Path.GetTempPath(), "smartreview-bench"), Int("span-days"),
            values.GetValueOrDefault("azurite") == "memory", values.GetValueOrDefault("pack") ?? BenchPacks.Starter);
    }
}
