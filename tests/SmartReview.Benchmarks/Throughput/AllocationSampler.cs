using System.Diagnostics.Tracing;

namespace SmartReview.Benchmarks.Throughput;

/// <summary>
/// What a stage allocates, by type: the runtime's allocation-tick events (one about every 100 KB allocated, naming
/// the type that crossed the mark), counted while the sampler is enabled.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private volatile bool _on;

    public void Start()
    {
        lock (_bytes) { _bytes.Clear(); }
        _on = true;
    }

    /// <summary>Stops and returns the types sampled, largest share first, with their share of the bytes sampled.</summary>
    public List<(string Type, double Share)> Stop(int top)
    {
        _on = false;
        lock (_bytes)
        {
            double total = Math.Max(1, _bytes.Values.Sum());
            return [.. _bytes.OrderByDescending(kv => kv.Value).Take(top).Select(kv => (kv.Key, kv.Value / total))];
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is not "GCAllocationTick_V4" || e.Payload is null)
        {
            return;
        }

        string type = e.Payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
        long bytes = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        lock (_bytes)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + bytes;
        }
    }
}
