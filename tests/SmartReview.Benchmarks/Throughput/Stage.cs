using System.Diagnostics;

namespace SmartReview.Benchmarks.Throughput;

/// <summary>One stage of the pipeline timed on one thread: wall time and bytes allocated, after a warm-up pass.</summary>
internal sealed record Stage(string Name, TimeSpan Elapsed, long Allocated, int Settlements)
{
    public double MicrosecondsEach => Elapsed.TotalMicroseconds / Settlements;

    public double KilobytesEach => Allocated / 1024.0 / Settlements;

    public static Stage Time(string name, int settlements, Action pass)
    {
        pass();
        GC.Collect();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        pass();
        clock.Stop();
        return new Stage(name, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before, settlements);
    }
}
