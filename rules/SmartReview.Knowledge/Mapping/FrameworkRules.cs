using System.Text.Json.Nodes;
using SmartReview.Knowledge.Reporting;
using SmartReview.Knowledge.Wording;

namespace SmartReview.Knowledge.Mapping;

/// <summary>
/// The framework table (Data/framework-rules.json): tells a framework rule the rule map lacks from a rule unknown even
/// to the framework, and measures how much of the framework the rule map covers.
/// </summary>
internal sealed class FrameworkRules(IReadOnlyList<FrameworkRule> rules, DateOnly effectiveFrom)
{
    public IReadOnlyList<FrameworkRule> Rules => rules;

    /// <summary>When the national pack's rules take effect.</summary>
    public DateOnly EffectiveFrom => effectiveFrom;

    /// <summary>The framework rule a rule-map row maps (by name, else code), or null for the fallback.</summary>
    public FrameworkRule? Of(RuleMapping mapping) =>
        rules.FirstOrDefault(r => mapping.Names.Any(n => WordingText.Normalize(n) == WordingText.Normalize(r.Name)))
        ?? rules.FirstOrDefault(r => r.Code is not null && mapping.Codes.Contains(r.Code));

    public bool Knows(string? name, string? code) =>
        rules.Any(r => (name is not null && WordingText.Normalize(r.Name) == WordingText.Normalize(name)) || (code is not null && r.Code == code.Trim()));

    public FrameworkCoverage Coverage(RuleMap map, int pointsOfUnmappedRules, int pointsOfUnknownRules)
    {
        FrameworkRule[] decidable = [.. rules.Where(r => r.Decidable)];
        string[] unmapped = [.. decidable.Where(r => map.Find(r.Name, r.Code) is null).Select(r => r.Code is null ? r.Name : $"{r.Name} ({r.Code})")];
        return new FrameworkCoverage(rules.Count, decidable.Length, decidable.Length - unmapped.Length, unmapped, pointsOfUnmappedRules, pointsOfUnknownRules);
    }

    public static FrameworkRules Parse(string json)
    {
        JsonNode root = JsonNode.Parse(json) ?? throw new InvalidDataException("framework rules: empty");
        var rules = new List<FrameworkRule>();
        foreach (JsonObject row in (root["rules"]?.AsArray() ?? []).OfType<JsonObject>())
        {
            string name = (string?)row["name"] ?? throw new InvalidDataException("framework rules: a rule without a name");
            rules.Add(new FrameworkRule((string?)row["code"], name, (string?)row["gloss"] ?? name, (string?)row["data"] ?? "", (string?)row["edition"] ?? ""));
        }

        return new FrameworkRules(rules, DateOnly.ParseExact((string?)root["effective_from"] ?? "2025-01-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
