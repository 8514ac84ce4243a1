namespace SmartReview.Review.Tests.Support;

/// <summary>A flag of the scoring engine for facility H001, suspicious, ¥1,000.00 at stake unless told.</summary>
internal sealed class FlagBuilder
{
    private bool definite;
    private decimal stake = 1000m;
    private string id = "F-0001";
    private decimal? ceiling;

    public FlagBuilder Definite()
    {
        definite = true;
        return this;
    }

    public FlagBuilder AtStake(decimal amount)
    {
        stake = amount;
        return this;
    }

    /// <summary>A flag whose family stakes nothing: the reviewer sets the amount, up to <paramref name="most"/>.</summary>
    public FlagBuilder ReviewerSetsAmountUpTo(decimal most)
    {
        stake = 0m;
        ceiling = most;
        return this;
    }

    public FlagBuilder WithId(string flagId)
    {
        id = flagId;
        return this;
    }

    public FlagSummary Build() => new(id, "S-0001", Actors.FacilityId, "P-0001", "R-SEX-01", "national-2024", definite, stake,
        ["L-1", "L-2"], "男性患者使用限女性药品", "female-only drug for a male patient", "K-0001", null, new DateOnly(2024, 2, 28), Ceiling: ceiling);
}
