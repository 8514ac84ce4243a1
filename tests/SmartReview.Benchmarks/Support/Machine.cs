using System.Runtime;
using System.Runtime.InteropServices;

namespace SmartReview.Benchmarks.Support;

/// <summary>What the figures were measured on, printed before them.</summary>
internal static class Machine
{
    public static void Print()
    {
        new Table("Machine", "what", "value")
            .Row("cores (nproc)", Environment.ProcessorCount)
            .Row("CPU", Proc("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString())
            .Row("memory", Proc("/proc/meminfo", "MemTotal") ?? "?")
            .Row("OS", RuntimeInformation.OSDescription)
            .Row(".NET", RuntimeInformation.FrameworkDescription)
            .Row("GC", $"{(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}")
            .Row("load average at start", LoadAverage())
            .Print();
    }

    /// <summary>The 1-, 5- and 15-minute load averages, for saying how quiet the machine was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string? Proc(string path, string key) =>
        File.Exists(path)
            ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
}
