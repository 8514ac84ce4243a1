using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Engine;

/// <summary>Retrospective screening: a 2024 discharge against a national rule in force from 2025-01-01, on each basis.</summary>
public sealed class ScreeningBasisTests
{
    private static readonly DateOnly NationalFrom = new(2025, 1, 1);

    private static CompiledPack NationalPack() =>
        TestPacks.Compile(TestPacks.Rule("N1", "sex_restricted_item") with { EffectiveFrom = NationalFrom, Pack = "national@2025.1" },
            TestPacks.Entry("K1", "阿帕他胺片", """{"sex":"M"}""", "XL02BBA326*"));

    private static Settlement Discharge2024() =>
        new SettlementBuilder().WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide).Build(); // discharged 2024-03-05

    [Fact]
    public void Score_2024DischargeNationalRuleFrom2025_DischargeDateBasis_NoFlag()
    {
        // Arrange
        Scorer scorer = NationalPack().CreateScorer();

        // Act
        IReadOnlyList<Flag> byDefault = scorer.Score(Discharge2024());
        IReadOnlyList<Flag> byDischarge = scorer.Score(Discharge2024(), ScreeningBasis.DischargeDate);

        // Assert
        Assert.Empty(byDefault);
        Assert.Empty(byDischarge);
    }

    [Fact]
    public void Score_2024DischargeNationalRuleFrom2025_AsOf20250601_FlagStatesPackAndBasis()
    {
        // Arrange
        Scorer scorer = NationalPack().CreateScorer();

        // Act
        Flag flag = Assert.Single(scorer.Score(Discharge2024(), ScreeningBasis.AsOf(new DateOnly(2025, 6, 1))));

        // Assert
        Assert.Equal("N1", flag.RuleId);
        Assert.Equal("national@2025.1", flag.Pack);
        Assert.Equal(BasisKind.AsOf, flag.Basis.Kind);
        Assert.Equal("as-of:2025-06-01", flag.Basis.ToString());
        Assert.Equal("Judged by rule pack national@2025.1, as of 2025-06-01", flag.JudgedBy.En);
        Assert.Equal("判定依据：规则包 national@2025.1，截至 2025-06-01", flag.JudgedBy.ZhCn);
    }

    [Fact]
    public void Score_2024DischargeNationalRuleFrom2025_AsOfBeforeTheRule_NoFlag()
    {
        // Arrange
        Scorer scorer = NationalPack().CreateScorer();

        // Act
        IReadOnlyList<Flag> flags = scorer.Score(Discharge2024(), ScreeningBasis.AsOf(new DateOnly(2024, 12, 31)));

        // Assert
        Assert.Empty(flags);
    }

    [Fact]
    public void Score_2024DischargeNationalRuleFrom2025_Current_FlagStatesCurrentRules()
    {
        // Arrange
        Scorer scorer = NationalPack().CreateScorer();

        // Act
        Flag flag = Assert.Single(scorer.Score(Discharge2024(), ScreeningBasis.Current(new DateOnly(2026, 12, 7))));

        // Assert
        Assert.Equal("current:2026-12-07", flag.Basis.ToString());
        Assert.Equal("判定依据：规则包 national@2025.1，现行规则（2026-12-07）", flag.JudgedBy.ZhCn);
        Assert.Equal("Judged by rule pack national@2025.1, current rules (2026-12-07)", flag.JudgedBy.En);
    }

    [Fact]
    public void Score_RuleInForceOnDischarge_FlagStatesTheDischargeDate()
    {
        // Arrange
        Scorer scorer = TestPacks.Compile(TestPacks.Rule("R1", "sex_restricted_item"),
            TestPacks.Entry("K1", "阿帕他胺片", """{"sex":"M"}""", "XL02BBA326*")).CreateScorer();

        // Act
        Flag flag = Assert.Single(scorer.Score(Discharge2024()));

        // Assert
        Assert.Equal("discharge-date:2024-03-05", flag.Basis.ToString());
        Assert.Equal("Judged by rule pack test@1, discharge date 2024-03-05", flag.JudgedBy.En);
        Assert.Equal("判定依据：规则包 test@1，出院日期 2024-03-05", flag.JudgedBy.ZhCn);
    }

    [Fact]
    public void Explain_NationalRuleAsOf20250601_InForceOnTheBasisDateAndFired()
    {
        // Arrange
        Scorer scorer = NationalPack().CreateScorer();

        // Act
        Explanation asOf = scorer.Explain(Discharge2024(), "N1", ScreeningBasis.AsOf(new DateOnly(2025, 6, 1)));
        Explanation byDischarge = scorer.Explain(Discharge2024(), "N1");

        // Assert
        Condition inForce = Assert.Single(asOf.Conditions, c => c.Key == "Check_InForce");
        Assert.True(inForce.Holds);
        Assert.Equal("as of 2025-06-01: the rule is in force (from 2025-01-01 to —)", inForce.Text(Texts.English));
        Assert.Equal("截至 2025-06-01：规则在有效期内（2025-01-01起，至—）", inForce.Text(Texts.Chinese));
        Assert.True(asOf.Fired);
        Assert.Equal("Judged by rule pack national@2025.1, as of 2025-06-01", asOf.JudgedBy.En);
        Assert.False(Assert.Single(byDischarge.Conditions, c => c.Key == "Check_InForce").Holds);
        Assert.False(byDischarge.Fired);
        Assert.Equal("Judged by rule pack national@2025.1, discharge date 2024-03-05", byDischarge.JudgedBy.En);
    }

    [Fact]
    public void Score_SplitAdmissionRuleFrom2025_AsOf_FlagsThe2024LaterStayStatingTheBasis()
    {
        // Arrange: a history rule checks the basis on the stay it flags, not on the settlement being scored
        RuleDefinition rule = TestPacks.Rule("N-SPLIT", "split_admission", knowledge: null, parameters: """{"interval_days": 15}""")
            with { EffectiveFrom = NationalFrom };
        Scorer scorer = TestPacks.Compile([rule], []).CreateScorer(new Rules.History.InMemoryStayHistory());
        Settlement earlier = new SettlementBuilder().WithId("S-EARLIER").Stay("2024-03-01 09:00", "2024-03-05 10:00").WithLine("1", "001101000010000").Build();
        Settlement later = new SettlementBuilder().WithId("S-LATER").Stay("2024-03-12 09:00", "2024-03-15 10:00").WithLine("1", "001101000010000").Build();
        ScreeningBasis basis = ScreeningBasis.AsOf(new DateOnly(2025, 6, 1));

        // Act
        Flag[] flags = [.. scorer.Score(earlier, basis), .. scorer.Score(later, basis)];

        // Assert
        Flag flag = Assert.Single(flags);
        Assert.Equal("S-LATER", flag.SettlementId);
        Assert.Equal("as-of:2025-06-01", flag.Basis.ToString());
    }

    [Theory]
    [InlineData(null, null, "discharge-date")]
    [InlineData("discharge-date", null, "discharge-date")]
    [InlineData(null, "2026-01-01", "as-of:2026-01-01")]
    [InlineData("as-of", "2026-01-01", "as-of:2026-01-01")]
    [InlineData("Current", "", "current:2026-12-07")]
    public void TryChoose_GoodChoice_GivesTheBasis(string? basis, string? asOf, string expected)
    {
        // Act
        bool ok = ScreeningBasis.TryChoose(basis, asOf, new DateOnly(2026, 12, 7), out ScreeningBasis chosen, out string? bad);

        // Assert
        Assert.True(ok);
        Assert.Null(bad);
        Assert.Equal(expected, chosen.ToString());
        Assert.True(ScreeningBasis.TryParse(expected, out ScreeningBasis parsed));
        Assert.Equal(chosen, parsed);
    }

    [Theory]
    [InlineData(null, "2026-13-01", "asOf")]
    [InlineData(null, "01/01/2026", "asOf")]
    [InlineData("as-of", null, "asOf")]
    [InlineData("current", "2026-01-01", "basis")]
    [InlineData("yesterday", null, "basis")]
    public void TryChoose_BadChoice_NamesTheParameter(string? basis, string? asOf, string expected)
    {
        // Act
        bool ok = ScreeningBasis.TryChoose(basis, asOf, new DateOnly(2026, 12, 7), out _, out string? bad);

        // Assert
        Assert.False(ok);
        Assert.Equal(expected, bad);
    }

    [Theory]
    [InlineData("")]
    [InlineData("as-of")]
    [InlineData("current:2026-02-30")]
    [InlineData("as-of:2026-01-01:x")]
    public void TryParse_Malformed_False(string text) => Assert.False(ScreeningBasis.TryParse(text, out _));

    [Fact]
    public void TryParse_None_IsTheDischargeDateBasis()
    {
        Assert.True(ScreeningBasis.TryParse(null, out ScreeningBasis parsed));
        Assert.Equal(ScreeningBasis.DischargeDate, parsed);
    }
}
