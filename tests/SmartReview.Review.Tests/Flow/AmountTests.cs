using System.Globalization;
using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

/// <summary>Amounts are above 0, at most the ¥1,000.00 at stake, and in fen, wherever a person gives one.</summary>
public sealed class AmountTests
{
    public static TheoryData<string> Invalid => ["0", "-1", "-0.01", "1000.01", "1.234", "0.001"];

    public static TheoryData<string> Valid => ["0.01", "1000", "1000.00", "1.230", "999.99"];

    private static decimal Yuan(string amount) => decimal.Parse(amount, CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void ConfirmFlag_InvalidAmount_InvalidAmount(string amount) =>
        new CaseBuilder().Open().Refuses(new ConfirmFlag(Yuan(amount), "r"), Actors.Reviewer, RejectionCode.InvalidAmount);

    [Theory]
    [MemberData(nameof(Valid))]
    public void ConfirmFlag_ValidAmount_Accepted(string amount) =>
        new CaseBuilder().Open().Must(new ConfirmFlag(Yuan(amount), "r"), Actors.Reviewer);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void AdjustAmount_InvalidAmount_InvalidAmount(string amount) =>
        new CaseBuilder().Open().ToReReview().Refuses(new AdjustAmount(Yuan(amount), "r"), Actors.ReReviewer, RejectionCode.InvalidAmount);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void CastVote_InvalidAmount_InvalidAmount(string amount) =>
        new CaseBuilder().Open().ToPanel()
            .Refuses(new CastVote(Outcome.Confirmed, Yuan(amount), "r"), Actors.Panel(1), RejectionCode.InvalidAmount);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void FinaliseDecision_InvalidOverrideAmount_InvalidAmount(string amount) =>
        new CaseBuilder().Open().ToFinalDecision()
            .Refuses(new FinaliseDecision("r", Outcome.Confirmed, Yuan(amount)), Actors.Supervisor, RejectionCode.InvalidAmount);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void CorrectDecision_InvalidAmount_InvalidAmount(string amount) =>
        new CaseBuilder().Open().ToClosed()
            .Refuses(new CorrectDecision(Outcome.Confirmed, Yuan(amount), "r"), Actors.Supervisor, RejectionCode.InvalidAmount);

    [Fact]
    public void ConfirmFlag_ThreeDecimals_MessageShowsTheAmountAsGiven()
    {
        // Act
        Rejection rejection = new CaseBuilder().Open().Refuses(new ConfirmFlag(1.234m, "r"), Actors.Reviewer, RejectionCode.InvalidAmount);

        // Assert
        Assert.Contains("1.234", rejection.MessageZh);
        Assert.Contains("fen", rejection.MessageEn);
    }

    [Fact]
    public void ConfirmFlag_AboveTheStake_MessageShowsTheStake()
    {
        // Act
        Rejection rejection = new CaseBuilder().Open().Refuses(new ConfirmFlag(1200m, "r"), Actors.Reviewer, RejectionCode.InvalidAmount);

        // Assert
        Assert.Contains("1000.00", rejection.MessageZh);
        Assert.Contains("1200.00", rejection.MessageEn);
    }
}
