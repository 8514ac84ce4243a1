using System.Text.Json.Nodes;
using SmartReview.Knowledge.Packs;
using SmartReview.Knowledge.Tests.Support;
using SmartReview.Rules.Engine;

namespace SmartReview.Knowledge.Tests.Packs;

/// <summary>
/// The national pack follows its knowledge: a batch creating sets no rule reads adds their rules (framework code,
/// name, result, severity, effective date), leaves the hand-written rules as they were and bumps the version.
/// </summary>
public sealed class PackFollowerTests
{
    private static readonly string[] NewRules =
    [
        "NAT-GZ10000102010000", "NAT-2025-SERVICE-AGE", "NAT-GZ10000102014000", "NAT-2025-SERVICE-PERIOD-FREQUENCY",
        "NAT-2025-SERVICE-PERIOD-FREQUENCY-T", "NAT-GZ10000303003000", "NAT-GZ10000103003000", "NAT-GZ10000102012000",
        "NAT-2025-SERVICE-CONSUMABLE-DUPLICATE", "NAT-2025-CONSUMABLE-SEX", "NAT-GZ10000102014000-T",
    ];

    private static JsonObject Read(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();

    private static JsonObject Rule(JsonObject pack, string id) => Assert.Single(pack["rules"]!.AsArray().OfType<JsonObject>(), r => (string?)r["id"] == id);

    [Fact]
    public void Follow_BatchWithNewSets_AddsOneRulePerSetAndBumpsTheVersion()
    {
        string path = NationalPackCopy.Create();
        JsonObject before = Read(path);

        (_, PackUpdate update) = NationalPackCopy.Import(path, "family-batch-1.jsonl");

        JsonObject after = Read(path);
        Assert.Equal(("2026.1", "2026.2", "2026.2"), (update.VersionBefore, update.VersionAfter, (string?)after["version"]));
        Assert.Equal(NewRules.Order(), update.RulesAdded.Order());
        Assert.Equal(before["rules"]!.AsArray().Count + NewRules.Length, after["rules"]!.AsArray().Count);
        Assert.All(before["rules"]!.AsArray().OfType<JsonObject>(), r => Assert.True(JsonNode.DeepEquals(r, Rule(after, (string)r["id"]!))));
        Assert.Equal(update.KnowledgeAdded.Count, after["knowledge"]!.AsArray().Count - before["knowledge"]!.AsArray().Count);
    }

    [Fact]
    public void Follow_NewSets_TakeNameResultSeverityAndDateFromTheFrameworkData()
    {
        string path = NationalPackCopy.Create();

        NationalPackCopy.Import(path, "family-batch-1.jsonl");

        JsonObject pack = Read(path);
        JsonObject pair = Rule(pack, "NAT-GZ10000102012000"), sex = Rule(pack, "NAT-2025-CONSUMABLE-SEX"), text = Rule(pack, "NAT-2025-SERVICE-PERIOD-FREQUENCY-T");
        Assert.Equal(("GZ10000102012000", "医疗服务项目重复收费", "Duplicate charge: one service contains the other"),
            ((string?)pair["code"], (string?)pair["name"]!["zh-CN"], (string?)pair["name"]!["en"]));
        Assert.Equal(("exclusive_pair", "nhsa-service-duplicate-pairs", "definite", "medium", "2025-01-01"),
            ((string?)pair["family"], (string?)pair["knowledge"], (string?)pair["result"], (string?)pair["severity"], (string?)pair["effective"]!["from"]));
        Assert.Equal((null, "医用耗材与性别不符", "definite", "high"),
            ((string?)sex["code"], (string?)sex["name"]!["zh-CN"], (string?)sex["result"], (string?)sex["severity"]));
        Assert.Equal(("text_restricted_item", "医疗服务项目周期超频次（需人工核实）", "suspicious", "low"),
            ((string?)text["family"], (string?)text["name"]!["zh-CN"], (string?)text["result"], (string?)text["severity"]));
    }

    [Fact]
    public void Follow_PointsOfUnmappedRules_GetTheGenericSuspiciousRule()
    {
        string path = NationalPackCopy.Create();

        NationalPackCopy.Import(path, "framework-points.jsonl");

        JsonObject rule = Rule(Read(path), "NAT-UNMAPPED-RULE");
        Assert.Equal(("nhsa-unmapped-rule-items", "text_restricted_item", "suspicious", null),
            ((string?)rule["knowledge"], (string?)rule["family"], (string?)rule["result"], (string?)rule["code"]));
        Assert.NotNull(PackCompiler.Load(path).Find("NAT-UNMAPPED-RULE"));
    }

    [Fact]
    public void Follow_SameImportAgain_ChangesNothing()
    {
        string path = NationalPackCopy.Create();
        NationalPackCopy.Import(path, "family-batch-1.jsonl");
        string first = File.ReadAllText(path);

        (_, PackUpdate again) = NationalPackCopy.Import(path, "family-batch-1.jsonl");

        Assert.False(again.Changed);
        Assert.Empty(again.RulesAdded);
        Assert.Equal(first, File.ReadAllText(path));
    }

    [Fact]
    public void Follow_WithdrawalEmptiesASet_ItsFileAndRuleLeaveThePack()
    {
        string path = NationalPackCopy.Create();
        NationalPackCopy.Import(path, "family-batch-1.jsonl");

        (_, PackUpdate update) = NationalPackCopy.Import(path, "family-batch-1.jsonl", "family-batch-2.jsonl");

        JsonObject pack = Read(path);
        Assert.Equal("2026.3", update.VersionAfter);
        Assert.Equal(["NAT-GZ10000103003000"], update.RulesRemoved);
        Assert.Equal(["knowledge/nhsa-consumable-amount-items.jsonl"], update.KnowledgeRemoved);
        Assert.DoesNotContain(pack["rules"]!.AsArray().OfType<JsonObject>(), r => (string?)r["knowledge"] == "nhsa-consumable-amount-items");
        Assert.Equal(NewRules.Length - 1 + 20, PackCompiler.Load(path).Rules.Count);
    }

    [Fact]
    public void Follow_CommittedPackAndRealFile_NeedsNoNewRule()
    {
        string path = NationalPackCopy.Create();
        string knowledge = Path.Combine(Path.GetDirectoryName(path)!, "knowledge");
        Reporting.ImportReport report = NhsaImport.Run([Paths.NhsaPoints], new ImportOptions(), knowledge);

        PackUpdate update = PackFollower.Follow(path, knowledge, report, new ImportOptions());

        Assert.False(update.Changed, $"the committed national pack lacks rules: {string.Join(", ", update.RulesAdded)}");
    }
}
