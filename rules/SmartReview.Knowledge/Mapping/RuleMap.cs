using System.Text.Json;
using System.Text.Json.Nodes;
using SmartReview.Knowledge.Wording;

namespace SmartReview.Knowledge.Mapping;

/// <summary>
/// The rule table: finds the mapping for a point by its rule name (normalised) or, failing that, its GZ code.
/// Loaded from Data/rule-map.json (or a replacement) and checked when loaded.
/// </summary>
internal sealed class RuleMap
{
    private static readonly HashSet<string> IdentityParts = ["item_name", "group", "codes", "pair"];

    private readonly Dictionary<string, RuleMapping> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleMapping> _byCode = new(StringComparer.Ordinal);

    public RuleMap(IReadOnlyList<RuleMapping> rules, RuleMapping fallback)
    {
        Rules = rules;
        Fallback = fallback;
        foreach (RuleMapping rule in rules)
        {
            foreach (string name in rule.Names)
            {
                _byName[WordingText.Normalize(name)] = rule;
            }

            foreach (string code in rule.Codes)
            {
                _byCode[code] = rule;
            }
        }
    }

    public IReadOnlyList<RuleMapping> Rules { get; }

    /// <summary>The generic suspicious rule for points of a rule the table lacks: text-only, never dropped.</summary>
    public RuleMapping Fallback { get; }

    /// <summary>The fallback row for one unmapped rule: its own key (so its points' ids do not collide with another
    /// rule's), the fallback's family, set and reader.</summary>
    public RuleMapping FallbackFor(string? ruleName, string? ruleCode)
    {
        string rule = ruleName is { Length: > 0 } ? WordingText.Normalize(ruleName) : ruleCode?.Trim() ?? "";
        return Fallback with { Key = $"{Fallback.Key}:{rule}", Names = ruleName is null ? [] : [ruleName], Codes = ruleCode is null ? [] : [ruleCode] };
    }

    public RuleMapping? Find(string? ruleName, string? ruleCode) =>
        (ruleName is not null ? _byName.GetValueOrDefault(WordingText.Normalize(ruleName)) : null)
        ?? (ruleCode is not null ? _byCode.GetValueOrDefault(ruleCode.Trim()) : null);

    /// <summary>The rule whose name a file name contains (longest name first), e.g. 第五批 药品限医疗机构级别.xlsx.</summary>
    public RuleMapping? NamedIn(string fileName)
    {
        string name = WordingText.Normalize(fileName);
        return _byName.Where(p => name.Contains(p.Key, StringComparison.Ordinal)).OrderByDescending(p => p.Key.Length).Select(p => p.Value).FirstOrDefault();
    }

    public static RuleMap Load(string json, IReadOnlyCollection<string> readers)
    {
        var problems = new List<string>();
        var rules = new List<RuleMapping>();
        JsonNode root = JsonNode.Parse(json) ?? throw new InvalidDataException("rule map is empty");
        foreach (JsonNode? node in root["rules"]?.AsArray() ?? [])
        {
            if (node is JsonObject row)
            {
                rules.Add(Read(row, readers, problems));
            }
        }

        RuleMapping? fallback = root["fallback"] is JsonObject f ? Read(f, readers, problems) : null;
        if (fallback is null)
        {
            problems.Add("a 'fallback' row (the generic rule for points of unmapped rules) is required");
        }
        else if (!fallback.IsTextOnly)
        {
            problems.Add($"the fallback row must be text-only ({RuleMapping.TextFamily})");
        }

        foreach (IGrouping<string, RuleMapping> dup in rules.GroupBy(r => r.Key).Where(g => g.Count() > 1))
        {
            problems.Add($"rule key '{dup.Key}' is used {dup.Count()} times");
        }

        return problems.Count == 0 ? new RuleMap(rules, fallback!) : throw new InvalidDataException("rule map: " + string.Join("; ", problems));
    }

    private static RuleMapping Read(JsonObject row, IReadOnlyCollection<string> readers, List<string> problems)
    {
        string key = Str(row, "key") ?? "";
        var rule = new RuleMapping
        {
            Key = key,
            Names = Strings(row, "names"),
            Codes = Strings(row, "codes"),
            Family = Str(row, "family") ?? "",
            Set = Str(row, "set") ?? "",
            Reader = Str(row, "reader") ?? "",
            Attributes = row["attributes"]?.DeepClone() as JsonObject,
            AgeDefault = Str(row, "age_default"),
            TextReason = Str(row, "text_reason"),
            Identity = row["identity"] is null ? ["item_name"] : Strings(row, "identity"),
            AgeMeaning = Str(row, "age_meaning") ?? "allowed",
            LimitDefaults = (row["limit_defaults"] as JsonObject ?? [])
                .Where(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
                .ToDictionary(p => p.Key, p => p.Value!.GetValue<decimal>()),
            CodeAttribute = Str(row, "code_attribute"),
            CountedUnits = Strings(row, "counted_units"),
            Result = Str(row, "result") ?? "definite",
            Severity = Str(row, "severity") ?? "medium",
        };
        if (key.Length == 0 || rule.Family.Length == 0 || rule.Set.Length == 0)
        {
            problems.Add($"rule '{key}': key, family and set are required");
        }

        if (!readers.Contains(rule.Reader))
        {
            problems.Add($"rule '{key}': unknown reader '{rule.Reader}'");
        }

        if (rule.AgeDefault is not null and not ("children" or "newborn"))
        {
            problems.Add($"rule '{key}': age_default must be children or newborn");
        }

        if (rule.Result is not ("definite" or "suspicious") || rule.Severity is not ("low" or "medium" or "high"))
        {
            problems.Add($"rule '{key}': result must be definite or suspicious, severity low, medium or high");
        }

        if (rule.AgeMeaning is not ("allowed" or "forbidden"))
        {
            problems.Add($"rule '{key}': age_meaning must be allowed or forbidden");
        }

        problems.AddRange(rule.LimitDefaults.Where(p => p.Key is not ("day" or "stay") || p.Value <= 0)
            .Select(p => $"rule '{key}': limit_defaults takes day or stay with a positive number, not '{p.Key}': {p.Value}"));
        if (rule.Reader == "codes" && rule.CodeAttribute is null)
        {
            problems.Add($"rule '{key}': the codes reader needs code_attribute");
        }

        problems.AddRange(rule.Identity.Where(p => !IdentityParts.Contains(p)).Select(p => $"rule '{key}': unknown identity part '{p}'"));
        return rule;
    }

    private static string? Str(JsonObject row, string name) =>
        row[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static List<string> Strings(JsonObject row, string name) =>
        [.. (row[name] as JsonArray ?? []).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>())];
}
