using System.Text.Json;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Tests.Support;

/// <summary>
/// One rule case from TestData/Families/*.json: a rule with its knowledge, earlier stays to score first (they share a
/// history), the settlement under test and the flags it must produce. See TestData/Families/README.md.
/// </summary>
internal sealed record RuleCase(string Key, RuleDefinition Rule, IReadOnlyList<KnowledgeEntry> Knowledge, IReadOnlyList<Settlement> Before,
    Settlement Settlement, IReadOnlyList<ExpectedFlag> Flags)
{
    private static readonly Lazy<Dictionary<string, RuleCase>> All = new(LoadAll);

    public static IEnumerable<string> Keys => All.Value.Keys;

    public static RuleCase Get(string key) => All.Value[key];

    public CompiledPack Compile() => PackCompiler.Compile(TestPacks.Pack([Rule], Knowledge));

    private static Dictionary<string, RuleCase> LoadAll()
    {
        var cases = new Dictionary<string, RuleCase>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(TestFiles.Data("Families"), "*.json").Order(StringComparer.Ordinal))
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(file));
            JsonElement root = doc.RootElement;
            RuleDefinition rule = ReadRule(root.GetProperty("rule"), hasKnowledge: root.TryGetProperty("knowledge", out _));
            KnowledgeEntry[] knowledge = root.TryGetProperty("knowledge", out JsonElement k) ? [.. k.EnumerateArray().Select(ReadEntry)] : [];
            foreach (JsonElement c in root.GetProperty("cases").EnumerateArray())
            {
                string key = $"{Path.GetFileNameWithoutExtension(file)}: {c.GetProperty("name").GetString()}";
                Settlement[] before = c.TryGetProperty("before", out JsonElement b) ? [.. b.EnumerateArray().Select(SettlementSpec.Build)] : [];
                ExpectedFlag[] flags = [.. c.GetProperty("flags").EnumerateArray().Select(ExpectedFlag.Read)];
                cases.Add(key, new RuleCase(key, rule, knowledge, before, SettlementSpec.Build(c.GetProperty("settlement")), flags));
            }
        }

        return cases;
    }

    private static RuleDefinition ReadRule(JsonElement r, bool hasKnowledge) => TestPacks.Rule(
        r.GetProperty("id").GetString()!,
        r.GetProperty("family").GetString()!,
        hasKnowledge ? TestPacks.Set : null,
        r.TryGetProperty("parameters", out JsonElement p) ? p.GetRawText() : "{}",
        r.GetProperty("result").GetString() == "definite" ? ResultType.Definite : ResultType.Suspicious,
        Enum.Parse<Severity>(r.GetProperty("severity").GetString()!, ignoreCase: true));

    private static KnowledgeEntry ReadEntry(JsonElement e) => TestPacks.Entry(
        e.GetProperty("id").GetString()!,
        e.GetProperty("item_name").GetString()!,
        e.GetProperty("attributes").GetRawText(),
        [.. e.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!)]) with
    {
        Text = e.TryGetProperty("text", out JsonElement t) ? t.GetString() ?? "" : "",
    };
}

/// <summary>
/// A flag a rule case expects. Settlement defaults to the case's settlement; the ceiling and the fund's amount default
/// to the amount (the case's totals are all fund-paid).
/// </summary>
internal sealed record ExpectedFlag(string? Settlement, string? Related, IReadOnlyList<string> Lines, decimal Amount, decimal Ceiling,
    decimal FundAmount, string? Knowledge, IReadOnlyList<string> Mentions)
{
    public static ExpectedFlag Read(JsonElement f) => new(
        f.TryGetProperty("settlement", out JsonElement s) ? s.GetString() : null,
        f.TryGetProperty("related", out JsonElement r) ? r.GetString() : null,
        [.. f.GetProperty("lines").EnumerateArray().Select(l => l.GetString()!)],
        f.GetProperty("amount").GetDecimal(),
        f.TryGetProperty("ceiling", out JsonElement c) ? c.GetDecimal() : f.GetProperty("amount").GetDecimal(),
        f.TryGetProperty("fund_amount", out JsonElement a) ? a.GetDecimal() : f.GetProperty("amount").GetDecimal(),
        f.TryGetProperty("knowledge", out JsonElement k) ? k.GetString() : null,
        f.TryGetProperty("mentions", out JsonElement m) ? [.. m.EnumerateArray().Select(x => x.GetString()!)] : []);
}
