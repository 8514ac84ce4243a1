using System.Diagnostics;

namespace SmartReview.Benchmarks.Memory;

/// <summary>
/// Samples the working set every second on its own thread, and at each checkpoint (every <c>step</c> settlements
/// scored) when told of progress.
/// </summary>
internal sealed class MemorySampler(long step) : IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<MemorySample> _everySecond = [];
    private readonly List<MemorySample> _checkpoints = [];
    private readonly CancellationTokenSource _stop = new();
    private long _scored;
    private readonly long _step = step;
    private long _next = step;
    private Task? _loop;

    public IReadOnlyList<MemorySample> EverySecond => _everySecond;

    public IReadOnlyList<MemorySample> Checkpoints => _checkpoints;

    public void Start() => _loop = Task.Factory.StartNew(Loop, TaskCreationOptions.LongRunning);

    /// <summary>Called from the sink's thread after each batch.</summary>
    public void Scored(long total)
    {
        Volatile.Write(ref _scored, total);
        while (total >= _next)
        {
            _checkpoints.Add(MemorySample.Take(_clock.Elapsed, _next));
            Console.Error.WriteLine($"{_next:N0} scored, working set {Environment.WorkingSet >> 20} MB");
            _next += _step;
        }
    }

    private void Loop()
    {
        while (!_stop.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(1)))
        {
            lock (_everySecond)
            {
                _everySecond.Add(MemorySample.Take(_clock.Elapsed, Volatile.Read(ref _scored)));
            }
        }
    }

    public void Dispose()
    {
        if (_loop is null)
        {
            return;
        }

        _stop.Cancel();
        _loop.Wait();
        _loop = null;
    }
}
