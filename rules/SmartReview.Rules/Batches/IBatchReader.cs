namespace SmartReview.Rules.Batches;

/// <summary>Cuts an input into batches of whole records, in order; null at the end.</summary>
public interface IBatchReader
{
    ValueTask<LineBatch?> ReadAsync(CancellationToken cancel = default);
}
