using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Engine;

/// <summary>Flag ids are deterministic: same finding, same id; different finding, different id; pack version left out.</summary>
public sealed class FlagIdTests
{
    private static readonly RuleDefinition[] Rules =
    [
        TestPacks.Rule("R-SEX", "sex_restricted_item"),
        TestPacks.Rule("R-QTY", "quantity_limit", knowledge: "qty", parameters: """{"window":"day"}"""),
        TestPacks.Rule("R-DATES", "charge_outside_stay", knowledge: null),
        TestPacks.Rule("R-LARGE", "large_claim", knowledge: null, parameters: """{"threshold":100}"""),
    ];

    private static readonly Knowledge.KnowledgeEntry[] Entries =
    [
        TestPacks.Entry("K-SEX", "阿帕他胺片", """{"sex":"M"}""", "XL02BBA326*"),
        TestPacks.Entry("K-BED", "普通病房床位费", """{"max_quantity":1}""", Codes.BedDay) with { Set = "qty" },
    ];

    private static SettlementBuilder Breaking() => new SettlementBuilder().WithSex(Sex.Female)
        .WithLine("L1", Codes.Apalutamide, unitPrice: 90m)
        .WithLine("L2", Codes.BedDay, unitPrice: 35m, chargedAt: SettlementBuilder.China("2024-03-02 10:00"))
        .WithLine("L3", Codes.BedDay, unitPrice: 35m, chargedAt: SettlementBuilder.China("2024-03-02 11:00"))
        .WithLine("L4", Codes.Lab, chargedAt: SettlementBuilder.China("2024-02-20 10:00"));

    [Fact]
    public void Score_SameSettlementTwiceWithFreshScorers_GivesIdenticalFlagIds()
    {
        // Arrange
        Settlement s = Breaking().Build();

        // Act
        string[] first = [.. TestPacks.Compile(Rules, Entries).CreateScorer().Score(s).Select(f => f.Id)];
        string[] second = [.. TestPacks.Compile(Rules, Entries).CreateScorer().Score(s).Select(f => f.Id)];

        // Assert
        Assert.Equal(4, first.Length);
        Assert.Equal(first, second);
        Assert.Equal(first.Length, first.Distinct().Count());
    }

    [Fact]
    public void Score_SameScorerTwice_GivesIdenticalFlagIds()
    {
        // Arrange
        Scorer scorer = TestPacks.Compile(Rules, Entries).CreateScorer();
        Settlement s = Breaking().Build();

        // Act
        string[] first = [.. scorer.Score(s).Select(f => f.Id)];
        string[] second = [.. scorer.Score(s).Select(f => f.Id)];

        // Assert
        Assert.Equal(first, second);
    }

    [Fact]
    public void Score_NewerPackVersion_KeepsTheFlagIdsAndRecordsTheVersion()
    {
        // Arrange
        Settlement s = Breaking().Build();

        // Act
        IReadOnlyList<Flag> v1 = TestPacks.Compile(Rules, Entries, version: "2024.1").CreateScorer().Score(s);
        IReadOnlyList<Flag> v2 = TestPacks.Compile(Rules, Entries, version: "2025.3").CreateScorer().Score(s);

        // Assert
        Assert.Equal(v1.Select(f => f.Id), v2.Select(f => f.Id));
        Assert.All(v1, f => Assert.Equal("test@2024.1", f.Pack));
        Assert.All(v2, f => Assert.Equal("test@2025.3", f.Pack));
    }

    [Fact]
    public void Score_DifferentBreakingLines_GiveADifferentFlagId()
    {
        // Arrange
        Settlement one = new SettlementBuilder().WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide).WithLine("L2", Codes.BedDay).Build();
        Settlement two = new SettlementBuilder().WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide).WithLine("L2", Codes.ApalutamideOtherPack).Build();
        Scorer scorer = TestPacks.Compile(Rules, Entries).CreateScorer();

        // Act
        Flag a = Assert.Single(scorer.Score(one));
        Flag b = Assert.Single(scorer.Score(two));

        // Assert
        Assert.Equal(["L1"], a.LineIds);
        Assert.Equal(["L1", "L2"], b.LineIds);
        Assert.NotEqual(a.Id, b.Id);
    }

    [Fact]
    public void Score_SameLinesOnAnotherSettlement_GiveADifferentFlagId()
    {
        // Arrange
        Scorer scorer = TestPacks.Compile(Rules, Entries).CreateScorer();

        // Act
        Flag a = Assert.Single(scorer.Score(new SettlementBuilder().WithId("S1").WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide).Build()));
        Flag b = Assert.Single(scorer.Score(new SettlementBuilder().WithId("S2").WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide).Build()));

        // Assert
        Assert.NotEqual(a.Id, b.Id);
    }

    [Fact]
    public void For_LineIdsInAnyOrder_GivesTheSameId()
    {
        // Act
        string forward = FlagIds.For("R1", "S1", null, ["1", "2", "10"]);
        string backward = FlagIds.For("R1", "S1", null, ["10", "2", "1"]);

        // Assert
        Assert.Equal(forward, backward);
        Assert.Matches("^F[0-9a-f]{24}$", forward);
    }

    [Theory]
    [InlineData("R2", "S1", null, "1", "K1")]
    [InlineData("R1", "S2", null, "1", "K1")]
    [InlineData("R1", "S1", "S0", "1", "K1")]
    [InlineData("R1", "S1", null, "2", "K1")]
    [InlineData("R1", "S1", null, "1|2", "K1")]
    [InlineData("R1", "S1", null, "1", "K2")]
    [InlineData("R1", "S1", null, "1", null)]
    public void For_AnyIdentifyingPartChanged_GivesAnotherId(string rule, string settlement, string? related, string lines, string? knowledge)
    {
        // Arrange
        string baseline = FlagIds.For("R1", "S1", null, ["1"], "K1");

        // Act
        string changed = FlagIds.For(rule, settlement, related, lines.Split('|'), knowledge);

        // Assert
        Assert.NotEqual(baseline, changed);
    }

    [Fact]
    public void For_SeparatorsCannotBeShiftedBetweenParts()
    {
        // Act
        string a = FlagIds.For("R1", "S1", null, ["12"]);
        string b = FlagIds.For("R1", "S1", null, ["1", "2"]);
        string c = FlagIds.For("R1S", "1", null, ["12"]);
        string d = FlagIds.For("R1", "S1", null, ["K1", "12"]);
        string e = FlagIds.For("R1", "S1", null, ["12"], "K1");

        // Assert
        Assert.Equal(5, new[] { a, b, c, d, e }.Distinct().Count());
    }
}
