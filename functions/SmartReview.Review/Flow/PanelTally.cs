namespace SmartReview.Review.Flow;

/// <summary>
/// How a full panel decides. A majority is more than half the panel (size / 2 + 1). Confirmed when at least a
/// majority confirms, for the highest amount a majority supports: a member confirming an amount supports every
/// amount up to it, so that is the majority-th highest confirming amount. Otherwise — a dismissing majority or a tie
/// (even panels only) — dismissed: the doubt goes to the facility.
/// </summary>
internal static class PanelTally
{
    /// <summary>More than half the panel.</summary>
    public static int Majority(int panelSize) => (panelSize / 2) + 1;

    public static (Outcome Outcome, decimal? Amount) Decide(IReadOnlyList<PanelVote> votes, int panelSize)
    {
        int majority = Majority(panelSize);
        decimal[] confirming = [.. votes.Where(v => v.Outcome == Outcome.Confirmed).Select(v => v.Amount.GetValueOrDefault())
            .OrderDescending()];
        return confirming.Length >= majority ? (Outcome.Confirmed, confirming[majority - 1]) : (Outcome.Dismissed, null);
    }
}
