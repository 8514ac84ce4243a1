using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Packs;

public sealed class PackLoaderTests
{
    private static readonly string ValidPack = TestFiles.Data("Packs", "valid", "pack.json");

    [Fact]
    public void Load_ValidPack_ReadsEveryRuleField()
    {
        // Act
        RulePack pack = PackLoader.Load(ValidPack);

        // Assert
        Assert.Equal(("valid", "2024.2", "330100", "valid@2024.2"), (pack.Id, pack.Version, pack.Region, pack.Label));
        RuleDefinition rule = pack.Rules[0];
        Assert.Equal("V-1", rule.Id);
        Assert.Equal("GZ10000301004000", rule.Code);
        Assert.Equal(new LocalizedText("限性别", "Sex-specific"), rule.Name);
        Assert.Equal("sex_restricted_item", rule.Family);
        Assert.Equal("sex", rule.Knowledge);
        Assert.Equal((ResultType.Definite, Severity.High), (rule.Result, rule.Severity));
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)), (rule.EffectiveFrom, rule.EffectiveTo));
        Assert.False(rule.Enabled);
        Assert.Equal([Scheme.Employee, Scheme.Resident], rule.Scope.Schemes);
        Assert.Equal([CareSetting.Inpatient], rule.Scope.Settings);
        Assert.Equal([2, 3], rule.Scope.Levels);
    }

    [Fact]
    public void Load_ValidPack_AppliesDefaultsForOptionalFields()
    {
        // Act
        RuleDefinition rule = PackLoader.Load(ValidPack).Rules[1];

        // Assert
        Assert.Null(rule.Code);
        Assert.Null(rule.Knowledge);
        Assert.Null(rule.EffectiveTo);
        Assert.True(rule.Enabled);
        Assert.Same(RuleScope.All, rule.Scope);
        Assert.Equal(50000.5m, rule.Parameters["threshold"].GetDecimal());
    }

    [Fact]
    public void Load_ValidPack_ReadsKnowledgeRelativeToThePackFile()
    {
        // Act
        KnowledgeEntry entry = Assert.Single(PackLoader.Load(ValidPack).Knowledge.Set("sex"));

        // Assert
        Assert.Equal("K1", entry.Id);
        Assert.Equal(["XL02BBA326*", "XG04CBA088A001010101467"], entry.Codes);
        Assert.Equal(("阿帕他胺片", "限男性", "test"), (entry.ItemName, entry.Text, entry.Source));
        Assert.Equal("M", entry.Attributes["sex"].GetString());
    }

    [Fact]
    public void Compile_ValidPack_IndexesEveryKnowledgeCode()
    {
        // Act
        CompiledPack pack = PackCompiler.Load(ValidPack);

        // Assert
        Assert.Equal(2, pack.Rules.Count);
        Assert.Equal(2, pack.Index.CodeCount);
        Assert.Equal("V-2", pack.Find("V-2")!.Definition.Id);
        Assert.Null(pack.Find("V-3"));
    }

    [Fact]
    public void KnowledgeBase_SameIdTwice_KeepsTheLaterEntry()
    {
        // Arrange
        KnowledgeEntry first = TestPacks.Entry("K1", "旧", """{"sex":"M"}""", "XA10*");
        KnowledgeEntry second = TestPacks.Entry("K1", "新", """{"sex":"F"}""", "XA11*");

        // Act
        var knowledge = new KnowledgeBase([first, second]);

        // Assert
        Assert.Equal(1, knowledge.Count);
        Assert.Equal("新", Assert.Single(knowledge.Set(TestPacks.Set)).ItemName);
        Assert.Same(second, knowledge.Find("K1"));
    }
}
