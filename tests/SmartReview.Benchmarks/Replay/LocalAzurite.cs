using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace SmartReview.Benchmarks.Replay;

/// <summary>A fresh Azurite, persisting to a folder on disk (the main job's mode) or in memory (the tests'), started through infra/azurite/start.sh.</summary>
internal sealed class LocalAzurite : IDisposable
{
    private readonly string _pidFile;

    private LocalAzurite(string connectionString, string pidFile)
    {
        ConnectionString = connectionString;
        _pidFile = pidFile;
    }

    public string ConnectionString { get; }

    public int Pid => int.Parse(File.ReadAllText(_pidFile), System.Globalization.CultureInfo.InvariantCulture);

    public static LocalAzurite Start(string folder, bool inMemory)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        string root = typeof(LocalAzurite).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;
        string pidFile = Path.Combine(Path.GetTempPath(), $"sr-bench-azurite-{Environment.ProcessId}.pid");
        string[] mode = inMemory ? ["--memory"] : [];
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "infra", "azurite", "start.sh"), .. mode, "--data", folder, "--ports",
            string.Join(',', FreePort(), FreePort(), FreePort())]) { RedirectStandardOutput = true };
        start.Environment["AZURITE_PID_FILE"] = pidFile;
        using Process process = Process.Start(start)!;
        string connection = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("Azurite did not start");
        }

        return new LocalAzurite(connection, pidFile);
    }

    /// <summary>CPU seconds Azurite has used so far (user + system, from /proc).</summary>
    public double CpuSeconds()
    {
        string[] stat = File.ReadAllText($"/proc/{Pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(stat[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(stat[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0;
    }

    public void Dispose()
    {
        try
        {
            Process.GetProcessById(Pid).Kill(entireProcessTree: true);
        }
        catch (ArgumentException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
