namespace SmartReview.Review.Tests.Support;

/// <summary>Opens a case from a <see cref="FlagBuilder"/> with settings, at Monday 4 March 2024, 10:00 China time.</summary>
internal sealed class CaseBuilder
{
    public static readonly DateTimeOffset Monday = new(2024, 3, 4, 2, 0, 0, TimeSpan.Zero);

    private readonly FlagBuilder flag = new();
    private ReviewSettings settings = new();

    public CaseBuilder Definite()
    {
        flag.Definite();
        return this;
    }

    public CaseBuilder AtStake(decimal amount)
    {
        flag.AtStake(amount);
        return this;
    }

    public CaseBuilder With(ReviewSettings value)
    {
        settings = value;
        return this;
    }

    public CaseBuilder PanelOf(int size) => With(settings with { PanelSize = size });

    public Scenario Open() => new(flag.Build(), settings, Monday);
}
