using System.Text.RegularExpressions;

namespace SmartReview.Storage.Tests.Processes;

/// <summary>
/// A host process (<see cref="HostProcess"/>) with its workers on, named <see cref="Instance"/>; its output is echoed
/// to the test output, each line marked with the instance.
/// </summary>
internal sealed partial class WorkerProcess : IAsyncDisposable
{
    private readonly HostProcess _host;
    private readonly ITestOutputHelper? _output = TestContext.Current.TestOutputHelper;

    private WorkerProcess(string instance, StorageOptions storage, IReadOnlyDictionary<string, string>? settings)
    {
        Instance = instance;
        Dictionary<string, string> all = new(settings ?? new Dictionary<string, string>()) { ["Workers__Enabled"] = "true", ["Workers__Instance"] = instance };
        _host = HostProcess.Start(storage, all, Echo);
    }

    public string Instance { get; }

    /// <summary>Starts the host with <paramref name="storage"/> and any further settings (e.g. <c>Ingest__Buckets</c>).</summary>
    public static WorkerProcess Start(string instance, StorageOptions storage, IReadOnlyDictionary<string, string>? settings = null) =>
        new(instance, storage, settings);

    public Task<Uri> ListeningAsync(TimeSpan timeout) => _host.ListeningAsync(timeout);

    /// <summary>The chunks this process reported done ("chunk {batch}/{chunk} done by {instance}").</summary>
    public IReadOnlyList<string> ChunksDone(string batchId) =>
        [.. _host.Lines.Select(l => ChunkDone().Match(l)).Where(m => m.Success && m.Groups["batch"].Value == batchId && m.Groups["by"].Value == Instance)
            .Select(m => m.Groups["chunk"].Value)];

    public void Kill() => _host.Kill();

    public string Tail(int lines = 40) => _host.Tail(lines);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

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

    [GeneratedRegex(@"chunk (?<batch>\S+)/(?<chunk>\S+) done by (?<by>\S+)")]
    private static partial Regex ChunkDone();
}
