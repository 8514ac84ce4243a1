using SmartReview.Rules.Engine;

namespace SmartReview.Rules.Batches;

/// <summary>What scoring one <see cref="LineBatch"/> produced. Handed to the sink in input order.</summary>
public sealed record BatchResult(long Sequence, int Received, int Accepted, IReadOnlyList<Flag> Flags, IReadOnlyList<Reject> Rejects,
    long Bytes, string Pack, Indicators.IndicatorTally Indicators)
{
    public int Rejected => Rejects.Count;
}
