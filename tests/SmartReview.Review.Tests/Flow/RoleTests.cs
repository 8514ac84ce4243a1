using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

public sealed class RoleTests
{
    /// <summary>Each stage with the command that belongs there, keyed by stage name.</summary>
    private static (Scenario Case, CaseCommand Command) At(string stage) => stage switch
    {
        "FirstReview" => (new CaseBuilder().Open(), new ConfirmFlag(10m, "r")),
        "Appeal" => (new CaseBuilder().Open().ToAppeal(), new FileAppeal("s", [])),
        "ReReview" => (new CaseBuilder().Open().ToReReview(), new UpholdDecision("r")),
        "Panel" => (new CaseBuilder().AtStake(8000m).Open().ToPanel(), new CastVote(Outcome.Dismissed, null, "r")),
        "FinalDecision" => (new CaseBuilder().Open().ToFinalDecision(), new FinaliseDecision("r")),
        _ => (new CaseBuilder().Open().ToClosed(), new CorrectDecision(Outcome.Dismissed, 0m, "r")),
    };

    [Theory]
    [InlineData("FirstReview")]
    [InlineData("Appeal")]
    [InlineData("ReReview")]
    [InlineData("Panel")]
    [InlineData("FinalDecision")]
    [InlineData("Closed")]
    public void Decide_Administrator_NotAllowedInAnyStage(string stage)
    {
        // Arrange
        (Scenario s, CaseCommand command) = At(stage);

        // Act and Assert
        s.Refuses(command, Actors.Administrator, RejectionCode.NotAllowed);
    }

    [Theory]
    [InlineData("FirstReview", Role.Facility)]
    [InlineData("FirstReview", Role.System)]
    [InlineData("Appeal", Role.Reviewer)]
    [InlineData("ReReview", Role.Supervisor)]
    [InlineData("Panel", Role.Reviewer)]
    [InlineData("FinalDecision", Role.PanelMember)]
    [InlineData("Closed", Role.Reviewer)]
    public void Decide_WrongRole_NotAllowedNamingBothRoles(string stage, Role role)
    {
        // Arrange
        (Scenario s, CaseCommand command) = At(stage);

        // Act
        Rejection rejection = s.Refuses(command, new Actor("someone", role, Actors.FacilityId), RejectionCode.NotAllowed);

        // Assert
        Assert.StartsWith(rejection.MessageZh, rejection.Message);
        Assert.NotEqual(rejection.MessageZh, rejection.MessageEn);
    }

    [Fact]
    public void Decide_CommandOfAnotherStage_WrongStageNamingTheStage()
    {
        // Act
        Rejection rejection = new CaseBuilder().Open().Refuses(new CastVote(Outcome.Dismissed, null, "r"), Actors.Panel(1), RejectionCode.WrongStage);

        // Assert
        Assert.Contains("初审", rejection.MessageZh);
        Assert.Contains("first review", rejection.MessageEn);
    }
}
