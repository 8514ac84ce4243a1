using System.Diagnostics;

namespace SmartReview.LoadTest;

/// <summary>Latencies of the measured requests (Stopwatch ticks), the wall and CPU time (of this process) they took, and the answers by status.</summary>
internal sealed record LatencyReport(long[] Ticks, TimeSpan Wall, TimeSpan Cpu, IReadOnlyDictionary<int, int> Statuses, long Flags)
{
    public void Print(LoadOptions o)
    {
        long[] sorted = [.. Ticks.Order()];
        double Ms(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine($"{(o.Mode == "decisions" ? "POST /api/cases/{key}/commands" : "POST /api/check")}: {sorted.Length:N0} requests after {o.Warmup:N0} warm-up, concurrency {o.Concurrency}, as {o.User}, {o.Url}");
        Console.WriteLine($"statuses: {string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x {s.Value:N0}"))}; flags returned: {Flags:N0}");
        Console.WriteLine($"latency ms: p50 {Ms(0.50):F2}, p90 {Ms(0.90):F2}, p99 {Ms(0.99):F2}, max {Ms(1.0):F2}, mean {sorted.Average() * 1000.0 / Stopwatch.Frequency:F2}");
        Console.WriteLine($"throughput: {sorted.Length / Wall.TotalSeconds:N0} requests/s over {Wall.TotalSeconds:F2} s; this process's CPU {Cpu.TotalSeconds:F1} s (user + system)");
    }
}
