using System.Text.Json.Nodes;
using SmartReview.Knowledge.Tests.Support;

namespace SmartReview.Knowledge.Tests.Wording;

/// <summary>
/// One wording case from TestData/wording/*.jsonl: a point (rule, item, official wording) and either the attributes
/// expected or the text-only reason and kind.
/// </summary>
internal sealed record WordingCase(string Name, string Rule, string ItemName, string Restriction, JsonObject? Attributes, string? TextOnly, string? Kind)
{
    public static readonly IReadOnlyDictionary<string, WordingCase> All = Load();

    public static TheoryData<string> Names => [.. All.Keys];

    private static Dictionary<string, WordingCase> Load() =>
        Directory.GetFiles(Paths.TestData("wording"), "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(l => l.Length > 0).Select(Parse).ToDictionary(c => c.Name);

    private static WordingCase Parse(string line)
    {
        JsonObject o = JsonNode.Parse(line)!.AsObject();
        return new WordingCase(
            (string)o["case"]!, (string)o["rule"]!, (string)o["item_name"]!, (string)o["restriction"]!,
            o["attributes"]?.AsObject(), (string?)o["text_only"], (string?)o["kind"]);
    }
}
