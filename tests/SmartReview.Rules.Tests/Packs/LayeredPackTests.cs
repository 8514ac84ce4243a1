using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Packs;

public sealed class LayeredPackTests
{
    private static string Layered(string pack) => TestFiles.Data(Path.Combine("Packs", "layered", pack, "pack.json"));

    private static Settlement Stay(string id, string admitted, string discharged, decimal price = 10m) =>
        new SettlementBuilder().WithId(id).Stay(admitted, discharged).WithLine("1", "001101000010000", 1, price).Build();

    [Fact]
    public void Load_CityExtendsProvince_InheritsOverridesAndAddsRules()
    {
        CompiledPack city = PackCompiler.Load(Layered("city"));

        Assert.Equal(["P-SPLIT", "P-SEX", "P-LARGE", "C-LARGE"], city.Rules.Select(r => r.Definition.Id));
        Assert.Equal(7, city.Find("P-SPLIT")!.Definition.Parameters["interval_days"].GetInt32());
        Assert.True(city.Find("P-SPLIT")!.Definition.Parameters["same_facility"].GetBoolean());
        Assert.False(city.Find("P-LARGE")!.Definition.Enabled);
        Assert.Equal("province@2026.1", city.Find("P-SEX")!.Definition.Pack);
        Assert.Equal("city@2026.2", city.Find("P-SPLIT")!.Definition.Pack);
        Assert.Equal("province@2026.1", city.Source.Extends);
    }

    [Fact]
    public void Score_OverriddenInterval_FlagsTheSevenDayRuleUnderTheCityVersion()
    {
        CompiledPack province = PackCompiler.Load(Layered("province"));
        CompiledPack city = PackCompiler.Load(Layered("city"));
        Settlement first = Stay("S1", "2024-03-01 09:00", "2024-03-05 10:00");
        Settlement tenDaysLater = Stay("S2", "2024-03-15 09:00", "2024-03-18 10:00");

        Flag[] provincial = [.. new[] { first, tenDaysLater }.SelectMany(province.CreateScorer(new InMemoryStayHistory()).Score)];
        Flag[] local = [.. new[] { first, tenDaysLater }.SelectMany(city.CreateScorer(new InMemoryStayHistory()).Score)];

        Assert.Equal("province@2026.1", Assert.Single(provincial).Pack);
        Assert.Empty(local);
    }

    [Fact]
    public void Score_RulesFromEachLayer_NameThePackVersionTheyCameFrom()
    {
        CompiledPack city = PackCompiler.Load(Layered("city"));
        Settlement large = new SettlementBuilder().WithId("S9").WithLine("1", "003310030080000", 1, 45000m)
            .WithLine("2", "XG02ADK026B002010483450", 1, 50m).Build();

        Flag[] flags = [.. city.CreateScorer().Score(large)];

        Assert.Equal([("C-LARGE", "city@2026.2"), ("P-SEX", "province@2026.1")], flags.Select(f => (f.RuleId, f.Pack)).Order());
    }

    [Fact]
    public void Load_LocalKnowledgeWithAnInheritedId_ReplacesTheEntry()
    {
        CompiledPack city = PackCompiler.Load(Layered("city"));

        Assert.Equal(["XG04CBA088A001010101999"], city.Source.Knowledge.Find("K-M1")!.Codes);
        Assert.Equal(2, city.Source.Knowledge.Count);
    }

    [Fact]
    public void Load_BrokenOverrides_NameEachProblem()
    {
        var e = Assert.Throws<PackLoadException>(() => PackCompiler.Load(Layered("broken-city")));

        Assert.Contains(e.Errors, x => x is { Where: "override P-NOPE", Field: "rule" });
        Assert.Contains(e.Errors, x => x is { Where: "override P-SPLIT", Field: "colour" });
        Assert.Contains(e.Errors, x => x is { Where: "rule P-SEX", Field: "id" } && x.Reason.Contains("province@2026.1"));
    }

    [Fact]
    public void Load_PacksExtendingEachOther_IsACycleError()
    {
        var e = Assert.Throws<PackLoadException>(() => PackCompiler.Load(Layered("cycle-a")));

        Assert.Contains(e.Errors, x => x.Field == "extends" && x.Reason.Contains("cycle"));
    }
}
