using SmartReview.Rules.Batches;

namespace SmartReview.Rules.Tests.Batches;

/// <summary>Keeps every batch result in the order the scorer delivered them.</summary>
internal sealed class CollectingSink : IBatchSink
{
    public List<BatchResult> Results { get; } = [];

    public ValueTask WriteAsync(BatchResult result, CancellationToken cancel)
    {
        Results.Add(result);
        return ValueTask.CompletedTask;
    }
}
