using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmartReview.Knowledge.Wording;

/// <summary>The vocabulary in Data/wording-patterns.json, by reader section; each reader takes what it needs.</summary>
internal sealed class WordingPatterns(JsonObject root)
{
    public static WordingPatterns Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException("wording patterns: expected a JSON object"));

    public JsonObject Section(string name) =>
        root[name] as JsonObject ?? throw new InvalidDataException($"wording patterns: section '{name}' is missing");

    public IReadOnlyList<string> Strings(string section, string name) => StringsOf(Section(section)[name]);

    public IReadOnlyList<Regex> Patterns(string section, string name) =>
        [.. Strings(section, name).Select(p => new Regex(p, RegexOptions.CultureInvariant))];

    /// <summary>A string-to-string object, e.g. keyword → setting.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Map(string section, string name) =>
        [.. (Section(section)[name] as JsonObject ?? []).Select(p => KeyValuePair.Create(p.Key, p.Value?.GetValue<string>() ?? ""))];

    public static IReadOnlyList<string> StringsOf(JsonNode? node) =>
        [.. (node as JsonArray ?? []).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>())];
}
