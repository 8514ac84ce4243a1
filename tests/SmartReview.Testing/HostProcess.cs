using System.Diagnostics;
using System.Text.RegularExpressions;
using SmartReview.Storage;

namespace SmartReview.Testing;

/// <summary>
/// SmartReview.Host as a real child process (<c>dotnet SmartReview.Host.dll</c> from the test's output folder: the test
/// project references the host) on a free loopback port, on its own tables, with its workers off unless a setting turns
/// them on, on the starter pack unless <c>Packs__Path</c> says otherwise, and the repository's demo users. Its output
/// is kept (and passed to <c>echo</c>, if given) for when a test fails; <see cref="Kill"/> ends it hard (SIGKILL), as a
/// crashed or evicted machine would.
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<string>? _echo;

    private HostProcess(ProcessStartInfo start, Action<string>? echo)
    {
        _echo = echo;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Every line the process has written so far.</summary>
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

    /// <summary>Starts the host on <paramref name="storage"/> with any further settings (environment names, e.g. <c>Workers__Enabled</c>).</summary>
    public static HostProcess Start(StorageOptions storage, IReadOnlyDictionary<string, string>? settings = null, Action<string>? echo = null)
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
        start.Environment["Workers__Enabled"] = "false";
        // The host's default is the seed city's base; tests expect the starter pack's twelve rules unless they say otherwise.
        start.Environment["Packs__Path"] = "packs/starter/pack.json";
        foreach ((string key, string value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return new HostProcess(start, echo);
    }

    /// <summary>The address the host listens on, once it says so.</summary>
    public Task<Uri> ListeningAsync(TimeSpan timeout) => _listening.Task.WaitAsync(timeout);

    /// <summary>The exit code, once the process has ended and its output is read (for a host that must refuse to start).</summary>
    public async Task<int> ExitedAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    public string Tail(int lines = 40) => string.Join('\n', Lines.TakeLast(lines));

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _echo?.Invoke($"killed (exit code {_process.ExitCode})");
    }

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

        _echo?.Invoke(line);
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex Listening();
}
