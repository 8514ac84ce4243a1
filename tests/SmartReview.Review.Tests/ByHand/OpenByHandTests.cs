using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.ByHand;

/// <summary>Opening a case by hand: who may, what must read, and where each kind starts.</summary>
public sealed class OpenByHandTests
{
    private static readonly Actor Supervisor2 = new("sup-2", Role.Supervisor);

    [Fact]
    public void OpenByHand_InspectionBySupervisor_ProposedConfirmedInAppealRoundOneWithTheSupervisorAsFirstReviewer()
    {
        // Act
        Opening o = Support.ByHand.Try(Support.ByHand.Inspection, Actors.Supervisor);

        // Assert
        ReviewCase c = o.Case!;
        Assert.Equal((Stage.Appeal, 1, Outcome.Confirmed, 5000m), (c.Stage, c.AppealRound, c.Proposed!.Value, c.Amount!.Value));
        Assert.Equal(WorkingCalendar.China.DueUtc(CaseBuilder.Monday, 10), c.DueUtc);
        Assert.Equal("sup-1", c.FirstReviewerId);
        Assert.Equal((CaseOrigin.Inspection, "INSPECTION", "S-0009", Actors.FacilityId, 5000m), (c.Flag.Source, c.Flag.RuleId, c.Flag.SettlementId, c.Flag.FacilityId, c.Flag.Cap));
        Assert.Equal("现场检查发现串换药品，涉及金额5000元", c.Flag.MessageZh);
        Assert.Equal(("sup-1", Role.Supervisor, EventKind.CaseOpened), (o.Opened!.ActorId, o.Opened.Role, o.Opened.Kind));
        Assert.Equal(c, ReviewFlow.Replay([o.Opened]));
    }

    [Fact]
    public void OpenByHand_SelfReportByItsFacility_InFirstReviewProposedConfirmedForTheRefund()
    {
        // Act
        Opening o = Support.ByHand.Try(Support.ByHand.Report, Actors.Facility);

        // Assert
        ReviewCase c = o.Case!;
        Assert.Equal((Stage.FirstReview, Outcome.Confirmed, 1200m, (string?)null), (c.Stage, c.Proposed!.Value, c.Amount!.Value, c.FirstReviewerId));
        Assert.Equal(WorkingCalendar.China.DueUtc(CaseBuilder.Monday, 15), c.DueUtc);
        Assert.Equal((CaseOrigin.SelfReport, "", Role.Facility), (c.Flag.Source, c.Flag.SettlementId, o.Opened!.Role));
    }

    [Theory]
    [InlineData(CaseOrigin.Inspection, Role.Reviewer)]
    [InlineData(CaseOrigin.Tip, Role.Facility)]
    [InlineData(CaseOrigin.RandomSample, Role.Administrator)]
    [InlineData(CaseOrigin.Inspection, Role.PanelMember)]
    [InlineData(CaseOrigin.SelfReport, Role.Supervisor)]
    [InlineData(CaseOrigin.SelfReport, Role.Reviewer)]
    public void OpenByHand_ByARoleThatMayNot_NotAllowed(CaseOrigin origin, Role role)
    {
        // Act
        Opening o = Support.ByHand.Try(Support.ByHand.Inspection with { Origin = origin }, new Actor("someone", role, Actors.FacilityId));

        // Assert
        Assert.Equal((RejectionCode.NotAllowed, (string?)null), (o.Rejected!.Code, o.Field));
        Assert.Null(o.Case);
    }

    [Fact]
    public void OpenByHand_SelfReportForAnotherFacility_NotAllowed()
    {
        // Act
        Opening o = Support.ByHand.Try(Support.ByHand.Report, Actors.OtherFacility);

        // Assert
        Assert.Equal(RejectionCode.NotAllowed, o.Rejected!.Code);
        Assert.Contains("H999", o.Rejected.MessageZh);
    }

    public static TheoryData<OpenCase, string, RejectionCode> BadInput => new()
    {
        { Support.ByHand.Inspection with { Amount = 0m }, "amount", RejectionCode.InvalidAmount },
        { Support.ByHand.Inspection with { Amount = -5m }, "amount", RejectionCode.InvalidAmount },
        { Support.ByHand.Inspection with { Amount = 10.001m }, "amount", RejectionCode.InvalidAmount },
        { Support.ByHand.Inspection with { Statement = "  " }, "statement", RejectionCode.ReasonRequired },
        { Support.ByHand.Inspection with { Statement = new string('查', 4001) }, "statement", RejectionCode.InvalidCase },
        { Support.ByHand.Inspection with { FacilityId = "" }, "facilityId", RejectionCode.InvalidCase },
        { Support.ByHand.Inspection with { FacilityId = "H 001" }, "facilityId", RejectionCode.InvalidCase },
        { Support.ByHand.Inspection with { SettlementId = "S 1" }, "settlementId", RejectionCode.InvalidCase },
        { Support.ByHand.Inspection with { Origin = CaseOrigin.RuleFlag }, "origin", RejectionCode.InvalidCase },
        { Support.ByHand.Inspection with { Origin = CaseOrigin.Indicator }, "origin", RejectionCode.InvalidCase },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void OpenByHand_InputThatDoesNotRead_RefusedNamingTheField(OpenCase request, string field, RejectionCode code)
    {
        // Act
        Opening o = Support.ByHand.Try(request, Actors.Supervisor);

        // Assert
        Assert.Equal((code, field), (o.Rejected!.Code, o.Field));
        Assert.NotEmpty(o.Rejected.MessageZh);
        Assert.NotEmpty(o.Rejected.MessageEn);
    }

    [Fact]
    public void Inspection_AcceptedByTheFacility_FinalisedByAnotherSupervisorWithATwofoldPenalty()
    {
        // Arrange
        Scenario s = Support.ByHand.Open(Support.ByHand.Inspection, Actors.Supervisor).Must(new AcceptDecision(null), Actors.Facility);
        var order = new FinaliseDecision("依第三十八条处2倍罚款并约谈",
            Sanctions: new Sanctions(new Penalty("art38", 10_000m), [new AgreementAction(AgreementMeasure.Interview)], []));

        // Act
        s.Refuses(order, Actors.Supervisor, RejectionCode.NotAllowed);
        s.Must(order, Supervisor2);

        // Assert
        Assert.Equal((Stage.Closed, Outcome.Confirmed), (s.State.Stage, s.State.FinalOutcome!.Value));
        Assert.Equal(new LedgerAmounts(5000m, 10_000m, 0m), s.State.Due);
        Assert.Equal(new[] { (LedgerKind.Recovery, 5000m, "INSPECTION"), (LedgerKind.Penalty, 10_000m, "INSPECTION") },
            s.Postings.Select(p => (p.Kind, p.Amount, p.RuleId)));
        Assert.Equal(s.State, ReviewFlow.Replay(s.Events));
    }

    [Fact]
    public void Inspection_AppealedByTheFacility_GoesToAReviewersReReview()
    {
        // Arrange
        Scenario s = Support.ByHand.Open(Support.ByHand.Inspection, Actors.Supervisor);

        // Act
        s.Must(new FileAppeal("药品未串换，见库存记录", []), Actors.Facility).Must(new AdjustAmount(3000m, "部分查实"), Actors.Reviewer);

        // Assert
        Assert.Equal((Stage.Appeal, 2, 3000m), (s.State.Stage, s.State.AppealRound, s.State.Amount!.Value));
        s.Refuses(new AdjustAmount(5000.01m, "超出查实金额"), Actors.ReReviewer, RejectionCode.WrongStage);
    }
}
