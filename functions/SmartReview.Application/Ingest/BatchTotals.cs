namespace SmartReview.Application.Ingest;

/// <summary>Counts and money of a chunk or a batch: received = accepted + rejected.</summary>
public sealed record BatchTotals(long Received, long Accepted, long Rejected, long Flags, decimal AmountAtStake)
{
    public static readonly BatchTotals Zero = new(0, 0, 0, 0, 0m);

    public static BatchTotals operator +(BatchTotals a, BatchTotals b) =>
        new(a.Received + b.Received, a.Accepted + b.Accepted, a.Rejected + b.Rejected, a.Flags + b.Flags, a.AmountAtStake + b.AmountAtStake);
}
