using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Engine;

/// <summary>A rule out of its effective dates, disabled or out of scope does not fire; at the edges it does.</summary>
public sealed class ApplicabilityTests
{
    private static readonly RuleDefinition SexRule = TestPacks.Rule("R1", "sex_restricted_item");

    private static IReadOnlyList<Flag> Score(RuleDefinition rule, SettlementBuilder settlement)
    {
        CompiledPack pack = TestPacks.Compile(rule, TestPacks.Entry("K1", "阿帕他胺片", """{"sex":"M"}""", "XL02BBA326*"));
        return pack.CreateScorer().Score(settlement.WithLine("L1", Codes.Apalutamide).Build());
    }

    private static SettlementBuilder Breaking() => new SettlementBuilder().WithSex(Sex.Female);

    [Theory]
    [InlineData("2024-03-05", null, true)]
    [InlineData("2024-03-06", null, false)]
    [InlineData("2024-01-01", "2024-03-05", true)]
    [InlineData("2024-01-01", "2024-03-04", false)]
    public void Score_EffectiveDatesAroundTheDischargeDate_FiresOnlyWhenInForce(string from, string? to, bool fires)
    {
        // Arrange: discharged 2024-03-05 10:00 China time
        RuleDefinition rule = SexRule with { EffectiveFrom = DateOnly.Parse(from), EffectiveTo = to is null ? null : DateOnly.Parse(to) };

        // Act
        IReadOnlyList<Flag> flags = Score(rule, Breaking());

        // Assert
        Assert.Equal(fires ? 1 : 0, flags.Count);
    }

    [Fact]
    public void Score_DischargeAfterMidnightChinaTime_UsesTheChinaDateForEffectiveDates()
    {
        // Arrange: 2024-06-30T16:30Z is 2024-07-01 00:30 in China; the rule ended on 2024-06-30
        RuleDefinition rule = SexRule with { EffectiveTo = new DateOnly(2024, 6, 30) };
        SettlementBuilder s = Breaking().Stay("2024-06-28 09:00", "2024-07-01 00:30");

        // Act
        IReadOnlyList<Flag> flags = Score(rule, s);

        // Assert
        Assert.Empty(flags);
    }

    [Fact]
    public void Score_DisabledRule_DoesNotFire()
    {
        // Arrange
        RuleDefinition rule = SexRule with { Enabled = false };

        // Act
        IReadOnlyList<Flag> flags = Score(rule, Breaking());

        // Assert
        Assert.Empty(flags);
    }

    [Theory]
    [InlineData(Scheme.Resident, true)]
    [InlineData(Scheme.Employee, false)]
    public void Score_SchemeScope_FiresOnlyForTheSchemesListed(Scheme scheme, bool fires)
    {
        // Arrange
        RuleDefinition rule = SexRule with { Scope = new RuleScope([Scheme.Resident], [], []) };

        // Act
        IReadOnlyList<Flag> flags = Score(rule, Breaking().WithScheme(scheme));

        // Assert
        Assert.Equal(fires ? 1 : 0, flags.Count);
    }

    [Theory]
    [InlineData(CareSetting.Inpatient, true)]
    [InlineData(CareSetting.Outpatient, false)]
    public void Score_SettingScope_FiresOnlyInTheSettingsListed(CareSetting setting, bool fires)
    {
        // Arrange
        RuleDefinition rule = SexRule with { Scope = new RuleScope([], [CareSetting.Inpatient], []) };

        // Act
        IReadOnlyList<Flag> flags = Score(rule, Breaking().WithSetting(setting));

        // Assert
        Assert.Equal(fires ? 1 : 0, flags.Count);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Score_LevelScope_FiresOnlyAtTheLevelsListed(int level, bool fires)
    {
        // Arrange
        RuleDefinition rule = SexRule with { Scope = new RuleScope([], [], [2, 3]) };

        // Act
        IReadOnlyList<Flag> flags = Score(rule, Breaking().WithLevel(level));

        // Assert
        Assert.Equal(fires ? 1 : 0, flags.Count);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(40, true)]
    [InlineData(41, false)]
    public void AppliesTo_StayAtALevelBeyondTheScorersBits_CheckedAgainstTheScope(int level, bool applies)
    {
        // Arrange: stays from a history are not validated, so a level may be anything
        CompiledPack pack = TestPacks.Compile(SexRule with { Scope = new RuleScope([], [], [2, 40]) },
            TestPacks.Entry("K1", "阿帕他胺片", """{"sex":"M"}""", "XL02BBA326*"));
        var stay = new StayRecord("S1", "P1", "F1", new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 5), 100m, level, Scheme.Resident, CareSetting.Inpatient);

        // Act
        bool result = pack.Rules[0].AppliesTo(stay, ScreeningBasis.DischargeDate);

        // Assert
        Assert.Equal(applies, result);
    }

    [Fact]
    public void Score_SettlementLevelRuleOutOfScope_DoesNotFire()
    {
        // Arrange
        RuleDefinition rule = TestPacks.Rule("R2", "large_claim", knowledge: null, parameters: """{"threshold":1}""")
            with { Scope = new RuleScope([Scheme.Maternity], [], []) };
        CompiledPack pack = TestPacks.Compile(rule);
        Settlement s = new SettlementBuilder().WithLine("L1", Codes.BedDay, unitPrice: 500m).Build();

        // Act
        IReadOnlyList<Flag> flags = pack.CreateScorer().Score(s);

        // Assert
        Assert.Empty(flags);
    }

    [Fact]
    public void Score_LineObserverRuleDisabled_DoesNotFire()
    {
        // Arrange
        RuleDefinition rule = TestPacks.Rule("R3", "charge_outside_stay", knowledge: null) with { Enabled = false };
        CompiledPack pack = TestPacks.Compile(rule);
        Settlement s = new SettlementBuilder().WithLine("L1", Codes.BedDay, chargedAt: SettlementBuilder.China("2024-02-01 10:00")).Build();

        // Act
        IReadOnlyList<Flag> flags = pack.CreateScorer().Score(s);

        // Assert
        Assert.Empty(flags);
    }
}
