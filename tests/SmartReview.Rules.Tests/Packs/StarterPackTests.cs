using System.Text.Json;
using NJsonSchema;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Packs;

public sealed class StarterPackTests
{
    private static readonly string StarterPack = TestFiles.Repo("rules", "packs", "starter", "pack.json");

    [Fact]
    public void Load_StarterPack_CompilesOneRuleOfEachFamily()
    {
        // Act
        CompiledPack pack = PackCompiler.Load(StarterPack);

        // Assert
        Assert.Equal("starter@2026.1", pack.Label);
        Assert.Equal(CoreFamilies.Names, pack.Rules.Select(r => r.Definition.Family).Order(StringComparer.Ordinal));
        Assert.Equal(pack.Rules.Count, pack.Rules.Select(r => r.Definition.Id).Distinct().Count());
        Assert.True(pack.Index.CodeCount > 0);
        Assert.Equal(15, pack.HistoryWindowDays);
    }

    [Fact]
    public void Score_StarterPackOnASexSpecificDrugForAWoman_FlagsSR001()
    {
        // Arrange
        Settlement s = new SettlementBuilder().WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide, quantity: 2, unitPrice: 18.50m).Build();

        // Act
        Flag flag = Assert.Single(PackCompiler.Load(StarterPack).CreateScorer().Score(s));

        // Assert
        Assert.Equal(("SR-001", "GZ10000301004000", "starter@2026.1"), (flag.RuleId, flag.RuleCode, flag.Pack));
        Assert.Equal((Rules.Packs.ResultType.Definite, Rules.Packs.Severity.High), (flag.Result, flag.Severity));
        Assert.Equal(37.00m, flag.Amount);
        Assert.Contains("阿帕他胺片", flag.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_StarterPack_MatchesTheRulePackSchema()
    {
        // Arrange
        string schemaPath = TestFiles.Repo("docs", "rule-pack.schema.json");
        Assert.SkipUnless(File.Exists(schemaPath), "docs/rule-pack.schema.json is not there yet");
        JsonSchema schema = await JsonSchema.FromFileAsync(schemaPath, TestContext.Current.CancellationToken);

        // Act
        var errors = schema.Validate(await File.ReadAllTextAsync(StarterPack, TestContext.Current.CancellationToken));

        // Assert
        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Validate_RuleWithABadFamily_FailsTheRulePackSchema()
    {
        // Arrange: the same schema must reject what the loader rejects, or the test above proves nothing
        string schemaPath = TestFiles.Repo("docs", "rule-pack.schema.json");
        Assert.SkipUnless(File.Exists(schemaPath), "docs/rule-pack.schema.json is not there yet");
        JsonSchema schema = await JsonSchema.FromFileAsync(schemaPath, TestContext.Current.CancellationToken);
        string broken = (await File.ReadAllTextAsync(StarterPack, TestContext.Current.CancellationToken))
            .Replace("\"sex_restricted_item\"", "\"sex_restricted\"", StringComparison.Ordinal);

        // Act
        var errors = schema.Validate(broken);

        // Assert
        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Validate_StarterKnowledge_MatchesTheKnowledgeEntrySchema()
    {
        // Arrange
        string schemaPath = TestFiles.Repo("docs", "knowledge-entry.schema.json");
        Assert.SkipUnless(File.Exists(schemaPath), "docs/knowledge-entry.schema.json is not there yet");
        JsonSchema schema = await JsonSchema.FromFileAsync(schemaPath, TestContext.Current.CancellationToken);
        string[] files = Directory.GetFiles(TestFiles.Repo("rules", "packs", "starter", "knowledge"), "*.jsonl");

        // Act
        string[] errors = [.. files.SelectMany(f => File.ReadLines(f).Where(l => l.Length > 0)
            .SelectMany((line, i) => schema.Validate(line).Select(e => $"{Path.GetFileName(f)}:{i + 1}: {e}")))];

        // Assert
        Assert.NotEmpty(files);
        Assert.Empty(errors);
    }
}
