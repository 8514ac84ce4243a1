using System.Text.Json;

namespace SmartReview.Rules.Packs;

/// <summary>
/// Applies a pack's <c>overrides</c> to the rules it inherits: each names a base rule and changes its parameters
/// (merged key by key), enabled, result, severity, effective dates or knowledge set. An overridden rule's flags then
/// name the overriding pack.
/// </summary>
internal static class PackOverrides
{
    private static readonly HashSet<string> Fields = ["rule", "parameters", "enabled", "result", "severity", "effective", "knowledge"];

    public static List<RuleDefinition> Apply(IReadOnlyList<RuleDefinition> inherited, JsonElement? overrides, string label, List<PackError> errors)
    {
        var rules = inherited.ToList();
        if (overrides is null)
        {
            return rules;
        }

        if (overrides.Value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new PackError("(pack)", "overrides", "expected an array"));
            return rules;
        }

        int index = 0;
        foreach (JsonElement element in overrides.Value.EnumerateArray())
        {
            Apply(rules, element, index++, label, errors);
        }

        return rules;
    }

    private static void Apply(List<RuleDefinition> rules, JsonElement element, int index, string label, List<PackError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new PackError($"overrides[{index}]", "(json)", "expected an object"));
            return;
        }

        string id = element.TryGetProperty("rule", out JsonElement r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "";
        var reader = new ElementReader(element, $"override {(id.Length > 0 ? id : $"[{index}]")}", errors);
        int at = rules.FindIndex(x => x.Id == id);
        if (at < 0)
        {
            reader.Error("rule", id.Length == 0 ? "required field is missing" : $"no rule '{id}' in the base pack");
            return;
        }

        foreach (JsonProperty unknown in element.EnumerateObject().Where(p => !Fields.Contains(p.Name)))
        {
            reader.Error(unknown.Name, "not something an override can change");
        }

        RuleDefinition b = rules[at];
        var parameters = new Dictionary<string, JsonElement>(b.Parameters, StringComparer.Ordinal);
        foreach ((string name, JsonElement value) in reader.Object("parameters"))
        {
            parameters[name] = value;
        }

        ElementReader? effective = reader.Child("effective");
        rules[at] = b with
        {
            Parameters = parameters,
            Enabled = reader.Bool("enabled", b.Enabled),
            Result = reader.Has("result") ? reader.Enum("result", PackLoader.Results, b.Result) : b.Result,
            Severity = reader.Has("severity") ? reader.Enum("severity", PackLoader.Severities, b.Severity) : b.Severity,
            EffectiveFrom = effective?.Date("from", required: false) ?? b.EffectiveFrom,
            EffectiveTo = effective?.Date("to", required: false) ?? b.EffectiveTo,
            Knowledge = reader.OptionalString("knowledge") ?? b.Knowledge,
            Pack = label,
        };
    }
}
