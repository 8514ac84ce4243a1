using System.Text.Json;
using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Json;

public sealed class JsonRoundTripTests
{
    private static readonly ReviewJsonContext Context = ReviewJsonContext.Default;

    private static Scenario Decided() =>
        new CaseBuilder().AtStake(8000m).Open().ToPanel().Vote(1, Outcome.Confirmed, 7000m).Vote(2, Outcome.Dismissed, null)
            .Vote(3, Outcome.Confirmed, 6500.5m).Must(new FinaliseDecision("终审"), Actors.Supervisor);

    [Fact]
    public void ReviewCase_RoundTrip_EqualWithEnumsAsNames()
    {
        // Arrange
        ReviewCase state = Decided().State;

        // Act
        string json = JsonSerializer.Serialize(state, Context.ReviewCase);
        ReviewCase back = JsonSerializer.Deserialize(json, Context.ReviewCase)!;

        // Assert
        Assert.Equal(state, back);
        Assert.Contains("\"stage\":\"Closed\"", json);
        Assert.Contains("\"finalOutcome\":\"Confirmed\"", json);
        Assert.DoesNotContain("ledgerAmount", json);
    }

    [Fact]
    public void CaseEvent_RoundTripOfEveryEvent_Equal()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToAppeal().Must(new FileAppeal("申诉", [Evidence.Letter, Evidence.Scan]), Actors.Facility);

        foreach (CaseEvent e in Decided().Events.Concat(s.Events))
        {
            // Act
            CaseEvent back = JsonSerializer.Deserialize(JsonSerializer.Serialize(e, Context.CaseEvent), Context.CaseEvent)!;

            // Assert
            Assert.Equal(e, back);
        }
    }

    [Fact]
    public void CaseEventAndCase_WithSanctionsAndAReceipt_RoundTripEqual()
    {
        // Arrange
        var sanctions = new Sanctions(new Penalty("art38", 2000m),
            [new(AgreementMeasure.SuspendDepartment, Months: 6, Department: "骨科"), new(AgreementMeasure.Rectification, Until: new DateOnly(2024, 6, 30))],
            [Referral.Health]);
        Scenario s = new CaseBuilder().Open().ToFinalDecision().Must(new FinaliseDecision("处罚", Sanctions: sanctions), Actors.Supervisor)
            .Must(new RecordReceipt(LedgerKind.Penalty, 500m, ReceiptMethod.Transfer, "TX-1"), Actors.Supervisor);

        // Act
        CaseEvent[] back = [.. s.Events.Select(e => JsonSerializer.Deserialize(JsonSerializer.Serialize(e, Context.CaseEvent), Context.CaseEvent)!)];
        string state = JsonSerializer.Serialize(s.State, Context.ReviewCase);

        // Assert
        Assert.Equal(s.Events, back);
        Assert.Equal(s.State, JsonSerializer.Deserialize(state, Context.ReviewCase));
        Assert.Contains("\"measure\":\"SuspendDepartment\"", state);
        Assert.Contains("\"received\":{\"recovery\":0,\"penalty\":500", state);
    }

    [Fact]
    public void CaseEvent_VoteCast_WritesKindRoleAndVoteByName()
    {
        // Arrange
        CaseEvent vote = Decided().Events.First(e => e.Kind == EventKind.VoteCast);

        // Act
        string json = JsonSerializer.Serialize(vote, Context.CaseEvent);

        // Assert
        Assert.Contains("\"kind\":\"VoteCast\"", json);
        Assert.Contains("\"role\":\"PanelMember\"", json);
        Assert.Contains("\"vote\":\"Confirmed\"", json);
    }

    [Fact]
    public void FlagSummaryAndSettings_RoundTrip_Equal()
    {
        // Arrange
        FlagSummary flag = new FlagBuilder().Definite().Build();
        ReviewSettings settings = new(PanelSize: 5, PanelThreshold: 2000.5m, Region: "seed-city");

        // Act
        FlagSummary flagBack = JsonSerializer.Deserialize(JsonSerializer.Serialize(flag, Context.FlagSummary), Context.FlagSummary)!;
        ReviewSettings settingsBack = JsonSerializer.Deserialize(JsonSerializer.Serialize(settings, Context.ReviewSettings), Context.ReviewSettings)!;

        // Assert
        Assert.Equal(flag, flagBack);
        Assert.Equal(settings, settingsBack);
    }

    [Theory]
    [InlineData("""{"command":"ConfirmFlag","amount":12.5,"reason":"r"}""")]
    [InlineData("""{"command":"FileAppeal","statement":"s","evidence":[{"blobName":"b","fileName":"f","contentType":"t","bytes":1}]}""")]
    [InlineData("""{"command":"CastVote","vote":"Dismissed","reason":"r"}""")]
    [InlineData("""{"command":"FinaliseDecision","reason":"r","outcome":"Confirmed","amount":3}""")]
    [InlineData("""{"command":"PassDeadline"}""")]
    public void CaseCommand_ByKind_RoundTrips(string json)
    {
        // Act
        CaseCommand command = JsonSerializer.Deserialize(json, Context.CaseCommand)!;
        CaseCommand back = JsonSerializer.Deserialize(JsonSerializer.Serialize(command, Context.CaseCommand), Context.CaseCommand)!;

        // Assert
        Assert.Equal(command.GetType().Name, JsonDocument.Parse(json).RootElement.GetProperty("command").GetString());
        Assert.Equal(command.GetType(), back.GetType());
        Assert.Equal(JsonSerializer.Serialize(command, Context.CaseCommand), JsonSerializer.Serialize(back, Context.CaseCommand));
    }
}
