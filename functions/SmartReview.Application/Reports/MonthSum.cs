using SmartReview.Review;

namespace SmartReview.Application.Reports;

/// <summary>One China month's running sums (<see cref="MonthFigures"/> once read).</summary>
public sealed class MonthSum
{
    public int Flags { get; set; }

    public int Confirmed { get; set; }

    public decimal AtStake { get; set; }

    public decimal ConfirmedAmount { get; set; }

    public decimal Received { get; set; }

    public LedgerAmounts Due { get; set; }

    internal void AddFlag(decimal stake)
    {
        Flags++;
        AtStake += stake;
    }

    internal void Add(MonthSum o)
    {
        Flags += o.Flags;
        Confirmed += o.Confirmed;
        AtStake += o.AtStake;
        ConfirmedAmount += o.ConfirmedAmount;
        Received += o.Received;
        Due = Due.Plus(o.Due);
    }
}
