using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SmartReview.Storage.Tests.Processes;

/// <summary>
/// SmartReview.Host as a real child process: <c>dotnet SmartReview.Host.dll</c> from this test's output folder (the
/// project reference copies it there), on a free loopback port, configured through environment variables, with its
/// workers on. Its output is kept and echoed to the test output; <see cref="Kill"/> ends it hard (SIGKILL), as a
/// crashed or evicted machine would.
/// </summary>
internal sealed partial class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ITestOutputHelper? _output = TestContext.Current.TestOutputHelper;

    private WorkerProcess(string instance, ProcessStartInfo start)
    {
        Instance = instance;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Instance { get; }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Starts the host with <paramref name="storage"/> and any further settings (e.g. <c>Ingest__Buckets</c>).</summary>
    public static WorkerProcess Start(string instance, StorageOptions storage, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "SmartReview.Host.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Storage__ConnectionString"] = storage.ConnectionString;
        start.Environment["Storage__Prefix"] = storage.Prefix;
        start.Environment["Workers__Enabled"] = "true";
        start.Environment["Workers__Instance"] = instance;
        foreach ((string key, string value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return new WorkerProcess(instance, start);
    }

    /// <summary>The address the host listens on, once it says so.</summary>
    public Task<Uri> ListeningAsync(TimeSpan timeout) => _listening.Task.WaitAsync(timeout);

    /// <summary>The chunks this process reported done ("chunk {batch}/{chunk} done by {instance}").</summary>
    public IReadOnlyList<string> ChunksDone(string batchId) =>
        [.. Lines.Select(l => ChunkDone().Match(l)).Where(m => m.Success && m.Groups["batch"].Value == batchId && m.Groups["by"].Value == Instance)
            .Select(m => m.Groups["chunk"].Value)];

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        Echo($"killed (exit code {_process.ExitCode})");
    }

    public string Tail(int lines = 40) => string.Join('\n', Lines.TakeLast(lines));

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
        }

        if (Listening().Match(line) is { Success: true } listening)
        {
            _listening.TrySetResult(new Uri(listening.Groups["url"].Value));
        }

        Echo(line);
    }

    private void Echo(string line)
    {
        try
        {
            _output?.WriteLine($"[{Instance}] {line}");
        }
        catch (InvalidOperationException)
        {
            // The test has finished; its output is closed.
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex Listening();

    [GeneratedRegex(@"chunk (?<batch>\S+)/(?<chunk>\S+) done by (?<by>\S+)")]
    private static partial Regex ChunkDone();
}
