using System.Text.Json;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Tests.Support;

/// <summary>Small packs built in code: rules, knowledge entries and JSON parameters, compiled with the real compiler.</summary>
internal static class TestPacks
{
    public const string Set = "test-set";

    public static readonly DateOnly From = new(2020, 1, 1);

    /// <summary>A JSON object literal as the parameter or attribute dictionary the pack model carries.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Json(string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    public static RuleDefinition Rule(string id, string family, string? knowledge = Set, string parameters = "{}",
        ResultType result = ResultType.Definite, Severity severity = Severity.High) => new()
    {
        Id = id, Code = "GZ-" + id, Name = new LocalizedText("规则 " + id, "Rule " + id), Family = family, Knowledge = knowledge,
        Parameters = Json(parameters), Result = result, Severity = severity, EffectiveFrom = From,
    };

    public static KnowledgeEntry Entry(string id, string itemName, string attributes, params string[] codes) => new()
    {
        Id = id, Set = Set, Codes = codes, ItemName = itemName, Attributes = Json(attributes),
    };

    public static RulePack Pack(IEnumerable<RuleDefinition> rules, IEnumerable<KnowledgeEntry> entries, string version = "1") =>
        new("test", version, "330100", [.. rules], new KnowledgeBase(entries));

    public static CompiledPack Compile(RuleDefinition rule, params KnowledgeEntry[] entries) => PackCompiler.Compile(Pack([rule], entries));

    public static CompiledPack Compile(IEnumerable<RuleDefinition> rules, IEnumerable<KnowledgeEntry> entries, string version = "1") =>
        PackCompiler.Compile(Pack(rules, entries, version));
}
