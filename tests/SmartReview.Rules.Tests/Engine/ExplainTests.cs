using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Engine;

/// <summary>Explain lists every condition a rule checked, with its values, whether the rule fired or not.</summary>
public sealed class ExplainTests
{
    private static CompiledPack SexPack(RuleDefinition? rule = null) =>
        TestPacks.Compile(rule ?? TestPacks.Rule("R1", "sex_restricted_item"), TestPacks.Entry("K1", "阿帕他胺片", """{"sex":"M"}""", "XL02BBA326*"));

    private static Condition Single(Explanation e, string key) => Assert.Single(e.Conditions, c => c.Key == key);

    [Fact]
    public void Explain_FemalePatientWithMaleOnlyDrug_ShowsCheckSexHoldingAndTheFlag()
    {
        // Arrange
        Settlement s = new SettlementBuilder().WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide).Build();

        // Act
        Explanation e = SexPack().CreateScorer().Explain(s, "R1");

        // Assert
        Assert.True(e.Fired);
        Assert.Equal("S1", e.SettlementId);
        Assert.Equal("R1", e.Rule.Id);
        Assert.Equal("test@1", e.Pack);
        Assert.Equal(["Check_Enabled", "Check_InForce", "Check_InScope", "Check_CodesMatched", "Check_Sex"], e.Conditions.Select(c => c.Key));
        Assert.All(e.Conditions, c => Assert.True(c.Holds, c.Key));
        Condition sex = Single(e, "Check_Sex");
        Assert.Equal($"明细L1（{Codes.Apalutamide}）限男性，患者为女性", sex.Text(Texts.Chinese));
        Assert.Equal($"line L1 ({Codes.Apalutamide}) is for male, the patient is female", sex.Text(Texts.English));
        Flag flag = Assert.Single(e.Flags);
        Assert.Equal(["L1"], flag.LineIds);
    }

    [Fact]
    public void Explain_MalePatientWithMaleOnlyDrug_ShowsCheckSexNotHolding()
    {
        // Arrange
        Settlement s = new SettlementBuilder().WithSex(Sex.Male).WithLine("L1", Codes.Apalutamide).Build();

        // Act
        Explanation e = SexPack().CreateScorer().Explain(s, "R1");

        // Assert
        Assert.False(e.Fired);
        Assert.Empty(e.Flags);
        Condition sex = Single(e, "Check_Sex");
        Assert.False(sex.Holds);
        Assert.Equal($"明细L1（{Codes.Apalutamide}）限男性，患者为男性", sex.Text(Texts.Chinese));
        Assert.Equal($"line L1 ({Codes.Apalutamide}) is for male, the patient is male", sex.Text(Texts.English));
        Assert.True(Single(e, "Check_CodesMatched").Holds);
    }

    [Fact]
    public void Explain_NoLineMatchesTheKnowledge_ShowsCheckCodesMatchedNotHolding()
    {
        // Arrange
        Settlement s = new SettlementBuilder().WithSex(Sex.Female).WithLine("L1", Codes.Metformin).WithLine("L2", Codes.BedDay).Build();

        // Act
        Explanation e = SexPack().CreateScorer().Explain(s, "R1");

        // Assert
        Assert.False(e.Fired);
        Condition matched = Single(e, "Check_CodesMatched");
        Assert.False(matched.Holds);
        Assert.Equal("明细中有0条命中知识库编码（知识点1条）", matched.Text(Texts.Chinese));
        Assert.Equal("0 line(s) match the knowledge codes (1 entries)", matched.Text(Texts.English));
        Assert.DoesNotContain(e.Conditions, c => c.Key == "Check_Sex");
    }

    [Fact]
    public void Explain_TwoMatchingLines_ShowsOneSexConditionPerLine()
    {
        // Arrange
        Settlement s = new SettlementBuilder().WithSex(Sex.Female)
            .WithLine("L1", Codes.Apalutamide).WithLine("L2", Codes.Metformin).WithLine("L3", Codes.ApalutamideOtherPack).Build();

        // Act
        Explanation e = SexPack().CreateScorer().Explain(s, "R1");

        // Assert
        Condition[] sex = [.. e.Conditions.Where(c => c.Key == "Check_Sex")];
        Assert.Equal(2, sex.Length);
        Assert.Contains("L1", sex[0].Text(Texts.English), StringComparison.Ordinal);
        Assert.Contains("L3", sex[1].Text(Texts.English), StringComparison.Ordinal);
        Assert.Equal("2", Single(e, "Check_CodesMatched").Values[0].En);
    }

    [Fact]
    public void Explain_DisabledRule_ShowsCheckEnabledNotHoldingAndStops()
    {
        // Arrange
        RuleDefinition rule = TestPacks.Rule("R1", "sex_restricted_item") with { Enabled = false };
        Settlement s = new SettlementBuilder().WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide).Build();

        // Act
        Explanation e = SexPack(rule).CreateScorer().Explain(s, "R1");

        // Assert
        Assert.False(e.Fired);
        Condition enabled = Single(e, "Check_Enabled");
        Assert.False(enabled.Holds);
        Assert.Equal("规则已启用：否", enabled.Text(Texts.Chinese));
        Assert.Equal("rule enabled: no", enabled.Text(Texts.English));
        Assert.DoesNotContain(e.Conditions, c => c.Key is "Check_CodesMatched" or "Check_Sex");
    }

    [Fact]
    public void Explain_RuleNotYetInForce_ShowsCheckInForceWithTheDates()
    {
        // Arrange
        RuleDefinition rule = TestPacks.Rule("R1", "sex_restricted_item") with { EffectiveFrom = new DateOnly(2024, 4, 1) };
        Settlement s = new SettlementBuilder().WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide).Build();

        // Act
        Explanation e = SexPack(rule).CreateScorer().Explain(s, "R1");

        // Assert
        Condition inForce = Single(e, "Check_InForce");
        Assert.False(inForce.Holds);
        Assert.Equal("discharge date 2024-03-05: the rule is in force (from 2024-04-01 to —)", inForce.Text(Texts.English));
        Assert.Equal("出院日期 2024-03-05：规则在有效期内（2024-04-01起，至—）", inForce.Text(Texts.Chinese));
        Assert.Empty(e.Flags);
    }

    [Fact]
    public void Explain_RuleOutOfScope_ShowsCheckInScopeWithTheSettlementsValues()
    {
        // Arrange
        RuleDefinition rule = TestPacks.Rule("R1", "sex_restricted_item") with { Scope = new RuleScope([Scheme.Resident], [], []) };
        Settlement s = new SettlementBuilder().WithSex(Sex.Female).WithLevel(3).WithLine("L1", Codes.Apalutamide).Build();

        // Act
        Explanation e = SexPack(rule).CreateScorer().Explain(s, "R1");

        // Assert
        Condition scope = Single(e, "Check_InScope");
        Assert.False(scope.Holds);
        Assert.Equal("险种职工医保、就医方式住院、机构级别3在规则适用范围内", scope.Text(Texts.Chinese));
        Assert.Equal("scheme employee scheme, setting inpatient, facility level 3 within the rule's scope", scope.Text(Texts.English));
    }

    [Fact]
    public void Explain_LowStandardAdmissionWithAnOperation_ShowsEveryPartOfTheConjunction()
    {
        // Arrange
        CompiledPack pack = TestPacks.Compile(TestPacks.Rule("R1", "low_standard_admission", knowledge: null));
        Settlement s = new SettlementBuilder().Stay("2024-03-01 09:00", "2024-03-03 10:00").WithOperation("51.2300")
            .WithLine("L1", Codes.Exam, unitPrice: 75m, category: ItemCategory.Exam).WithLine("L2", Codes.BedDay, unitPrice: 25m).Build();

        // Act
        Explanation e = pack.CreateScorer().Explain(s, "R1");

        // Assert
        Assert.False(e.Fired);
        Assert.True(Single(e, "Check_ShortStay").Holds);
        Assert.Equal("stay of 2 day(s), at most 3", Single(e, "Check_ShortStay").Text(Texts.English));
        Assert.False(Single(e, "Check_NoOperation").Holds);
        Assert.Equal("无手术操作（1条）", Single(e, "Check_NoOperation").Text(Texts.Chinese));
        Assert.True(Single(e, "Check_ExamShare").Holds);
        Assert.Equal("exam and lab share 75.0%, at least 60.0%", Single(e, "Check_ExamShare").Text(Texts.English));
        Assert.True(Single(e, "Check_MainDiagnosis").Holds);
        Assert.DoesNotContain(e.Conditions, c => c.Key == "Check_CodesMatched");
    }

    [Fact]
    public void Explain_LargeClaimBelowThreshold_ShowsTheTotalAndTheThreshold()
    {
        // Arrange
        CompiledPack pack = TestPacks.Compile(TestPacks.Rule("R1", "large_claim", knowledge: null, parameters: """{"threshold":40000}"""));
        Settlement s = new SettlementBuilder().WithLine("L1", Codes.BedDay, unitPrice: 39999.99m).Build();

        // Act
        Explanation e = pack.CreateScorer().Explain(s, "R1");

        // Assert
        Condition total = Single(e, "Check_Total");
        Assert.False(total.Holds);
        Assert.Equal("总费用39999.99元不低于40000.00元", total.Text(Texts.Chinese));
        Assert.Equal("total ¥39999.99 at or above ¥40000.00", total.Text(Texts.English));
    }

    [Fact]
    public void Explain_ChargeOutsideStay_ShowsEveryLineAndWhichAreOutside()
    {
        // Arrange
        CompiledPack pack = TestPacks.Compile(TestPacks.Rule("R1", "charge_outside_stay", knowledge: null));
        Settlement s = new SettlementBuilder()
            .WithLine("L1", Codes.BedDay, chargedAt: SettlementBuilder.China("2024-03-02 10:00"))
            .WithLine("L2", Codes.Lab, chargedAt: SettlementBuilder.China("2024-02-29 23:30")).Build();

        // Act
        Explanation e = pack.CreateScorer().Explain(s, "R1");

        // Assert
        Condition[] dates = [.. e.Conditions.Where(c => c.Key == "Check_ChargeDate")];
        Assert.Equal([false, true], dates.Select(c => c.Holds));
        Assert.Equal("line L2 charged on 2024-02-29, outside 2024-03-01 to 2024-03-05 (tolerance 0 days)", dates[1].Text(Texts.English));
        Assert.Equal(["L2"], Assert.Single(e.Flags).LineIds);
    }

    [Fact]
    public void Explain_SplitAdmission_ShowsTheEarlierStayAndTheGap()
    {
        // Arrange
        CompiledPack pack = TestPacks.Compile(TestPacks.Rule("R1", "split_admission", knowledge: null, parameters: """{"interval_days":15}"""));
        var history = new InMemoryStayHistory();
        Settlement first = new SettlementBuilder().WithId("S1").Stay("2024-03-01 09:00", "2024-03-05 10:00").WithLine("A1", Codes.BedDay).Build();
        Settlement second = new SettlementBuilder().WithId("S2").Stay("2024-03-12 09:00", "2024-03-15 10:00").WithLine("B1", Codes.BedDay).Build();
        pack.CreateScorer(history).Score(first);

        // Act
        Explanation e = pack.CreateScorer(history).Explain(second, "R1");

        // Assert
        Assert.True(Single(e, "Check_History").Holds);
        Condition readmission = Single(e, "Check_Readmission");
        Assert.True(readmission.Holds);
        Assert.Equal("settlement S1 (discharged 2024-03-05) and settlement S2 (admitted 2024-03-12) are 7 day(s) apart, within 15 days, same facility: yes",
            readmission.Text(Texts.English));
        Assert.Equal("S1", Assert.Single(e.Flags).RelatedSettlementId);
    }

    [Fact]
    public void Explain_FiredRule_GivesTheSameFlagsAsScore()
    {
        // Arrange
        Settlement s = new SettlementBuilder().WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide, quantity: 3).Build();
        CompiledPack pack = SexPack();

        // Act
        Explanation e = pack.CreateScorer().Explain(s, "R1");
        IReadOnlyList<Flag> scored = pack.CreateScorer().Score(s);

        // Assert
        Flag explained = Assert.Single(e.Flags);
        Flag flag = Assert.Single(scored);
        Assert.Equal(flag.Id, explained.Id);
        Assert.Equal(flag.LineIds, explained.LineIds);
        Assert.Equal(flag.Amount, explained.Amount);
        Assert.Equal(flag.Message, explained.Message);
    }

    [Fact]
    public void Explain_UnknownRuleId_Throws()
    {
        // Arrange
        Settlement s = new SettlementBuilder().WithLine("L1", Codes.Apalutamide).Build();

        // Act
        ArgumentException error = Assert.Throws<ArgumentException>(() => SexPack().CreateScorer().Explain(s, "NOPE"));

        // Assert
        Assert.Contains("NOPE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_AfterExplain_DoesNotTrace()
    {
        // Arrange
        Scorer scorer = SexPack().CreateScorer();
        Settlement s = new SettlementBuilder().WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide).Build();
        scorer.Explain(s, "R1");

        // Act
        IReadOnlyList<Flag> flags = scorer.Score(s);

        // Assert
        Assert.Single(flags);
    }
}
