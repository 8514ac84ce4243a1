using SmartReview.Rules.Batches;

namespace SmartReview.Synthetic.Tests.Support;

/// <summary>Drops each batch's flags and rejects: the summary the scorer returns is all a test reads.</summary>
internal sealed class DiscardingSink : IBatchSink
{
    public ValueTask WriteAsync(BatchResult result, CancellationToken cancel) => ValueTask.CompletedTask;
}
