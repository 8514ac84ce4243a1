using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SmartReview.Storage;

namespace SmartReview.Testing;

/// <summary>
/// One Azurite for the test run, in memory on free loopback ports, started through infra/azurite/start.sh (which
/// installs it on first use). Set SMARTREVIEW_TEST_STORAGE to a connection string to use a running one instead.
/// A test assembly registers it with <c>[assembly: AssemblyFixture(typeof(AzuriteFixture))]</c>. Each test class
/// takes its own name prefix, so classes never see each other's tables, containers or queues. A test that needs a
/// second account (a task hub of its own) starts another instance; each has its own pid file and data folder.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private const int StartAttempts = 3;
    private static int s_instances;
    private readonly string _name = $"sr-azurite-{Environment.ProcessId}-{Interlocked.Increment(ref s_instances)}";
    private string PidFile => Path.Combine(Path.GetTempPath(), _name + ".pid");
    private int _prefixes;

    public string ConnectionString { get; private set; } = "";

    public StorageOptions NewOptions() =>
        new() { ConnectionString = ConnectionString, Prefix = $"t{Environment.ProcessId % 10000}x{Interlocked.Increment(ref _prefixes)}" };

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("SMARTREVIEW_TEST_STORAGE") is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        // A port free when picked can be taken before Azurite binds it (other test processes' connections): new ports, again.
        string errors = "";
        for (int attempt = 1; attempt <= StartAttempts; attempt++)
        {
            (int exit, string output, errors) = await StartAsync(string.Join(',', FreePort(), FreePort(), FreePort()));
            if (exit == 0)
            {
                ConnectionString = output.Trim();
                return;
            }
        }

        throw new InvalidOperationException($"Azurite did not start in {StartAttempts} attempts: {errors}");
    }

    private async Task<(int Exit, string Output, string Errors)> StartAsync(string ports)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepoPaths.Root, "infra", "azurite", "start.sh"), "--memory", "--ports", ports, "--data", Path.Combine(Path.GetTempPath(), _name)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["AZURITE_PID_FILE"] = PidFile;
        using Process process = Process.Start(start)!;
        string output = await process.StandardOutput.ReadToEndAsync();
        string errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output, errors);
    }

    public ValueTask DisposeAsync()
    {
        if (File.Exists(PidFile) && int.TryParse(File.ReadAllText(PidFile), out int pid))
        {
            try
            {
                Process.GetProcessById(pid).Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
            }

            File.Delete(PidFile);
        }

        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
