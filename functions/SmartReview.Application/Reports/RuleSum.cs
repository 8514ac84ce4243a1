using SmartReview.Review;

namespace SmartReview.Application.Reports;

/// <summary>One rule's running sums (<see cref="RuleFigures"/> once read).</summary>
public sealed class RuleSum
{
    public int Hits { get; set; }

    public int Open { get; set; }

    public int Confirmed { get; set; }

    public int Dismissed { get; set; }

    public decimal AtStake { get; set; }

    public decimal ConfirmedAmount { get; set; }

    internal void Add(ReviewCase c, bool closed, bool confirmed)
    {
        Hits++;
        Open += closed ? 0 : 1;
        Confirmed += confirmed ? 1 : 0;
        Dismissed += closed && c.FinalOutcome == Outcome.Dismissed ? 1 : 0;
        AtStake += c.Flag.AmountAtStake;
        ConfirmedAmount += c.LedgerAmount;
    }

    internal void Add(RuleSum o)
    {
        Hits += o.Hits;
        Open += o.Open;
        Confirmed += o.Confirmed;
        Dismissed += o.Dismissed;
        AtStake += o.AtStake;
        ConfirmedAmount += o.ConfirmedAmount;
    }

    internal RuleFigures Figures(string rule) =>
        new(rule, Hits, Open, Confirmed, Dismissed, DashboardFigures.Rate(Confirmed, Confirmed + Dismissed), AtStake, ConfirmedAmount);
}
