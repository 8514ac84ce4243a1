using System.Globalization;
using SmartReview.Review.Flow;

namespace SmartReview.Review.Tests.Flow;

public sealed class PanelTallyTests
{
    /// <summary>Votes as "100" (confirm for 100) or "D" (dismiss); expected "D" or the amount.</summary>
    [Theory]
    [InlineData(3, "100 80 60", "80")]
    [InlineData(3, "100 80 D", "80")]
    [InlineData(3, "60 D 100", "60")]
    [InlineData(3, "100 D D", "D")]
    [InlineData(4, "100 90 D D", "D")]
    [InlineData(4, "100 90 50 D", "50")]
    [InlineData(4, "10 20 30 40", "20")]
    [InlineData(5, "500 400 300 200 100", "300")]
    [InlineData(5, "500 400 D D D", "D")]
    [InlineData(1, "70", "70")]
    [InlineData(2, "70 D", "D")]
    [InlineData(2, "70 50", "50")]
    public void Decide_FullPanel_MajorityAndTheHighestAmountAMajoritySupports(int size, string votes, string expected)
    {
        // Arrange
        PanelVote[] cast = [.. votes.Split(' ').Select((v, i) => v == "D"
            ? new PanelVote($"m{i}", Outcome.Dismissed, null, "r")
            : new PanelVote($"m{i}", Outcome.Confirmed, decimal.Parse(v, CultureInfo.InvariantCulture), "r"))];

        // Act
        (Outcome outcome, decimal? amount) = PanelTally.Decide(cast, size);

        // Assert
        string actual = outcome == Outcome.Dismissed ? "D" : amount!.Value.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(expected, actual);
        Assert.Equal(outcome == Outcome.Dismissed, amount is null);
    }
}
