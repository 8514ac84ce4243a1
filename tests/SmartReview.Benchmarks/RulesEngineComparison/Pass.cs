using System.Diagnostics;

namespace SmartReview.Benchmarks.RulesEngineComparison;

/// <summary>Settlements per second over repeated single-threaded passes (the median), and bytes allocated per settlement.</summary>
internal sealed record Pass(double PerSecond, double BytesEach)
{
    public static Pass Measure(int settlements, int passes, Action pass)
    {
        var rates = new List<double>();
        long allocated = 0;
        for (int i = 0; i < passes; i++)
        {
            GC.Collect();
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            pass();
            clock.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            rates.Add(settlements / clock.Elapsed.TotalSeconds);
        }

        return new Pass(Support.Format.Median(rates), (double)allocated / settlements);
    }
}
