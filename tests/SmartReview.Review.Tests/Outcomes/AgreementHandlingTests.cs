using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Outcomes;

/// <summary>Agreement handling and referrals on a final decision: what each measure needs, and what it may not carry.</summary>
public sealed class AgreementHandlingTests
{
    private static readonly DateOnly Today = new(2024, 3, 4);

    private static FinaliseDecision With(params AgreementAction[] actions) => new("协议处理", Sanctions: new Sanctions(null, actions, []));

    [Fact]
    public void Finalise_EveryMeasureWithItsDetailsAndReferrals_KeptOnTheCaseAndDamagesDue()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision();
        var sanctions = new Sanctions(new Penalty("art40", 2000m),
        [
            new(AgreementMeasure.Interview), new(AgreementMeasure.Rectification, Until: Today.AddDays(30)),
            new(AgreementMeasure.LiquidatedDamages, Amount: 3000m), new(AgreementMeasure.WithholdPayment),
            new(AgreementMeasure.SuspendDepartment, Months: 6, Department: "骨科"), new(AgreementMeasure.TerminateAgreement),
        ], [Referral.Police, Referral.Discipline, Referral.Health]);

        // Act
        s.Must(new FinaliseDecision("欺诈骗保", Sanctions: sanctions), Actors.Supervisor);

        // Assert
        Assert.Equal(sanctions, s.State.Sanctions);
        Assert.Equal(new LedgerAmounts(1000m, 2000m, 3000m), s.State.Due);
        Assert.Equal(sanctions, s.Events[^1].Sanctions);
    }

    public static TheoryData<AgreementAction[], RejectionCode> Refused => new()
    {
        { [new(AgreementMeasure.Interview), new(AgreementMeasure.Interview)], RejectionCode.InvalidSanction },
        { [new(AgreementMeasure.SuspendAgreement), new(AgreementMeasure.TerminateAgreement)], RejectionCode.InvalidSanction },
        { [new(AgreementMeasure.LiquidatedDamages)], RejectionCode.InvalidAmount },
        { [new(AgreementMeasure.LiquidatedDamages, Amount: 0m)], RejectionCode.InvalidAmount },
        { [new(AgreementMeasure.LiquidatedDamages, Amount: 10.001m)], RejectionCode.InvalidAmount },
        { [new(AgreementMeasure.Interview, Amount: 100m)], RejectionCode.InvalidSanction },
        { [new(AgreementMeasure.SuspendDepartment, Months: 6)], RejectionCode.InvalidSanction },
        { [new(AgreementMeasure.SuspendDepartment, Months: 5, Department: "骨科")], RejectionCode.InvalidSanction },
        { [new(AgreementMeasure.SuspendDepartment, Months: 13, Department: "骨科")], RejectionCode.InvalidSanction },
        { [new(AgreementMeasure.WithholdPayment, Months: 6)], RejectionCode.InvalidSanction },
        { [new(AgreementMeasure.Rectification)], RejectionCode.InvalidSanction },
        { [new(AgreementMeasure.Rectification, Until: new DateOnly(2024, 3, 3))], RejectionCode.InvalidSanction },
        { [new((AgreementMeasure)42)], RejectionCode.InvalidSanction },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Finalise_MeasureMissingOrWithWrongDetails_Refused(AgreementAction[] actions, RejectionCode code)
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision();

        // Act + Assert
        s.Refuses(With(actions), Actors.Supervisor, code);
    }

    [Fact]
    public void Finalise_SuspensionMonthsFromRegionalRules_RangeFollowsTheData()
    {
        // Arrange
        using var json = new MemoryStream("""
            {"penalties":[{"code":"art38","nameZh":"第三十八条","nameEn":"art. 38","scale":"MultipleOfLoss","min":1,"max":2}],
             "departmentSuspensionMonths":{"min":3,"max":4}}
            """u8.ToArray());
        ReviewSettings regional = new() { SanctionRules = SanctionRules.Load(json) };
        Scenario s = new CaseBuilder().With(regional).Open().ToFinalDecision();

        // Act
        s.Refuses(With(new AgreementAction(AgreementMeasure.SuspendDepartment, Months: 6, Department: "骨科")), Actors.Supervisor,
            RejectionCode.InvalidSanction);
        s.Must(With(new AgreementAction(AgreementMeasure.SuspendDepartment, Months: 4, Department: "骨科")), Actors.Supervisor);

        // Assert
        Assert.Equal(4, s.State.Sanctions!.Agreement.Single().Months);
    }

    [Fact]
    public void FinaliseAndCorrect_AMeasureThatIsNull_RefusedNotThrown()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision();
        var broken = new Sanctions(null, [null!, new(AgreementMeasure.LiquidatedDamages, Amount: 10m)], []);

        // Act + Assert
        s.Refuses(new FinaliseDecision("协议处理", Sanctions: broken), Actors.Supervisor, RejectionCode.InvalidSanction);
        s.Must(new FinaliseDecision("同意"), Actors.Supervisor);
        s.Refuses(new CorrectDecision(Outcome.Confirmed, 900m, "更正", broken), new Actor("sup-2", Role.Supervisor), RejectionCode.InvalidSanction);
    }

    [Fact]
    public void Finalise_ReferralTwice_Refused()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision();

        // Act + Assert
        s.Refuses(new FinaliseDecision("移送", Sanctions: new Sanctions(null, [], [Referral.Police, Referral.Police])), Actors.Supervisor,
            RejectionCode.InvalidSanction);
    }

    [Fact]
    public void Finalise_EmptySanctions_KeptAsNone()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision();

        // Act
        s.Must(new FinaliseDecision("同意", Sanctions: Sanctions.None), Actors.Supervisor);

        // Assert
        Assert.Null(s.State.Sanctions);
        Assert.Equal(LedgerKind.Recovery, Assert.Single(s.Postings).Kind);
    }
}
