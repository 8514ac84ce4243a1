using System.Text.Json;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Packs;

/// <summary>
/// Reads a pack file (see docs/rule-pack.md) and the knowledge files it lists, collecting every error with the rule
/// or knowledge entry and the field it is in. Family-specific checks follow in <see cref="Engine.PackCompiler"/>.
/// </summary>
public static class PackLoader
{
    internal static readonly Dictionary<string, ResultType> Results = new() { ["definite"] = ResultType.Definite, ["suspicious"] = ResultType.Suspicious };

    internal static readonly Dictionary<string, Severity> Severities =
        new() { ["low"] = Severity.Low, ["medium"] = Severity.Medium, ["high"] = Severity.High };

    public static RulePack Load(string path)
    {
        var errors = new List<PackError>();
        RulePack pack = Load(path, errors);
        return errors.Count == 0 ? pack : throw new PackLoadException(errors);
    }

    /// <summary>Reads a pack file, adding every problem to <paramref name="errors"/>.</summary>
    public static RulePack Load(string path, List<PackError> errors) => Load(path, errors, []);

    /// <summary>Parses pack JSON; knowledge and base-pack paths are relative to <paramref name="baseDirectory"/>.</summary>
    public static RulePack Read(string json, string baseDirectory, List<PackError> errors) => Read(json, baseDirectory, errors, []);

    private static RulePack Load(string path, List<PackError> errors, HashSet<string> loading)
    {
        string full = Path.GetFullPath(path);
        if (!loading.Add(full))
        {
            errors.Add(new PackError("(pack)", "extends", $"packs extend each other in a cycle through {full}"));
            return new RulePack("", "", "", [], KnowledgeBase.Empty);
        }

        if (!File.Exists(full))
        {
            errors.Add(new PackError("(pack)", "extends", $"file not found: {full}"));
            return new RulePack("", "", "", [], KnowledgeBase.Empty);
        }

        return Read(File.ReadAllText(full), Path.GetDirectoryName(full)!, errors, loading);
    }

    private static RulePack Read(string json, string baseDirectory, List<PackError> errors, HashSet<string> loading)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            errors.Add(new PackError("(pack)", "(json)", e.Message));
            return new RulePack("", "", "", [], KnowledgeBase.Empty);
        }

        using (doc)
        {
            var top = new ElementReader(doc.RootElement, "(pack)", errors);
            string id = top.RequiredString("pack");
            string version = top.RequiredString("version");
            string region = top.OptionalString("region") ?? "";
            string label = $"{id}@{version}";
            string? extends = top.OptionalString("extends");
            RulePack? basePack = extends is null ? null : Load(Path.Combine(baseDirectory, extends), errors, loading);
            var knowledge = new List<KnowledgeEntry>(basePack?.Knowledge.Entries ?? []);
            foreach (string file in top.Strings("knowledge"))
            {
                knowledge.AddRange(KnowledgeLoader.Load(Path.Combine(baseDirectory, file), errors));
            }

            var rules = new List<RuleDefinition>();
            JsonElement? list = top.Get("rules");
            if (list is not { ValueKind: JsonValueKind.Array })
            {
                top.Error("rules", "expected an array of rules");
            }
            else
            {
                int index = 0;
                foreach (JsonElement element in list.Value.EnumerateArray())
                {
                    rules.Add(ReadRule(element, index++, errors) with { Pack = label });
                }
            }

            CheckUniqueIds(rules, errors);
            List<RuleDefinition> inherited = basePack is null ? [] : PackOverrides.Apply(basePack.Rules, top.Get("overrides"), label, errors);
            foreach (RuleDefinition local in rules.Where(r => inherited.Any(b => b.Id == r.Id)))
            {
                errors.Add(new PackError($"rule {local.Id}", "id", $"already defined by {basePack!.Label}; change it under \"overrides\""));
            }

            return new RulePack(id, version, region, [.. inherited, .. rules], new KnowledgeBase(knowledge), basePack?.Label);
        }
    }

    internal static RuleDefinition ReadRule(JsonElement element, int index, List<PackError> errors)
    {
        string where = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out JsonElement idValue)
            && idValue.ValueKind == JsonValueKind.String ? $"rule {idValue.GetString()}" : $"rules[{index}]";
        var r = new ElementReader(element, where, errors);
        ElementReader? name = r.Child("name");
        if (name is null)
        {
            r.Error("name", "required field is missing");
        }

        ElementReader? effective = r.Child("effective");
        if (effective is null)
        {
            r.Error("effective", "required field is missing");
        }

        DateOnly? from = effective?.Date("from", required: true);
        DateOnly? to = effective?.Date("to", required: false);
        if (from is not null && to is not null && to < from)
        {
            effective!.Error("to", "ends before it starts");
        }

        return new RuleDefinition
        {
            Id = r.RequiredString("id"),
            Code = r.OptionalString("code"),
            Name = new LocalizedText(name?.RequiredString("zh-CN") ?? "", name?.RequiredString("en") ?? ""),
            Family = r.RequiredString("family"),
            Parameters = r.Object("parameters"),
            Knowledge = r.OptionalString("knowledge"),
            KnowledgeCodes = r.Strings("knowledge_codes"),
            Result = r.Enum("result", Results, ResultType.Suspicious),
            Severity = r.Enum("severity", Severities, Severity.Medium),
            EffectiveFrom = from ?? DateOnly.MinValue,
            EffectiveTo = to,
            Enabled = r.Bool("enabled", true),
            Scope = ReadScope(r.Child("scope")),
        };
    }

    private static RuleScope ReadScope(ElementReader? scope)
    {
        if (scope is null)
        {
            return RuleScope.All;
        }

        var schemes = new List<Scheme>();
        foreach (string name in scope.Strings("schemes"))
        {
            if (EnumNames.TryParse(name, out Scheme s)) { schemes.Add(s); }
            else { scope.Error("schemes", $"'{name}' is not a scheme"); }
        }

        var settings = new List<CareSetting>();
        foreach (string name in scope.Strings("settings"))
        {
            if (EnumNames.TryParse(name, out CareSetting s)) { settings.Add(s); }
            else { scope.Error("settings", $"'{name}' is not a care setting"); }
        }

        var levels = new List<int>();
        JsonElement? levelList = scope.Get("levels");
        if (levelList is { ValueKind: JsonValueKind.Array })
        {
            foreach (JsonElement level in levelList.Value.EnumerateArray())
            {
                if (level.ValueKind == JsonValueKind.Number && level.TryGetInt32(out int l) && l is >= 1 and <= 3) { levels.Add(l); }
                else { scope.Error("levels", $"'{level}' is not a facility level 1–3"); }
            }
        }

        return new RuleScope(schemes, settings, levels);
    }

    private static void CheckUniqueIds(List<RuleDefinition> rules, List<PackError> errors)
    {
        foreach (IGrouping<string, RuleDefinition> dup in rules.Where(r => r.Id.Length > 0).GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            errors.Add(new PackError($"rule {dup.Key}", "id", $"used by {dup.Count()} rules"));
        }
    }
}
