namespace SmartReview.Rules.Batches;

/// <summary>Receives each batch's flags and rejects, in input order, one call at a time.</summary>
public interface IBatchSink
{
    ValueTask WriteAsync(BatchResult result, CancellationToken cancel);
}
