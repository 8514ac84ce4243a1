using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmartReview.Knowledge.Import;
using SmartReview.Knowledge.Mapping;
using SmartReview.Knowledge.Reporting;

namespace SmartReview.Knowledge.Packs;

/// <summary>
/// Makes a pack follow its imported knowledge: every set written that no rule reads gets a rule from the framework
/// data (<see cref="NationalRule"/>), new files join the pack's knowledge list, files the import removed leave it, with the
/// rules reading their sets (a pack cannot load a rule whose set is gone). Existing rules are otherwise left as they
/// are; any change bumps the version. Nothing is written when nothing changed.
/// </summary>
public static class PackFollower
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Updates <paramref name="packPath"/> for an import into <paramref name="knowledgeFolder"/>.</summary>
    public static PackUpdate Follow(string packPath, string knowledgeFolder, ImportReport report, ImportOptions options)
    {
        ImportData data = ImportData.Load(options);
        JsonObject pack = JsonNode.Parse(File.ReadAllText(packPath))?.AsObject() ?? throw new InvalidDataException($"{packPath}: empty pack");
        string folder = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(packPath))!, Path.GetFullPath(knowledgeFolder)).Replace('\\', '/');
        JsonArray files = ArrayOf(pack, "knowledge"), rules = ArrayOf(pack, "rules");

        string[] listed = [.. files.Select(f => (string?)f ?? "")];
        string[] knowledgeAdded = [.. report.Sets.Select(s => folder + "/" + s.File).Where(f => !listed.Contains(f))];
        string[] knowledgeRemoved = [.. report.RemovedFiles.Select(f => folder + "/" + f).Where(listed.Contains)];
        foreach (string file in knowledgeAdded)
        {
            files.Add(file);
        }

        foreach (JsonNode? node in files.Where(f => knowledgeRemoved.Contains((string?)f)).ToList())
        {
            files.Remove(node);
        }

        string[] removedSets = [.. knowledgeRemoved.Select(f => Path.GetFileNameWithoutExtension(f))];
        var removed = new List<string>();
        foreach (JsonObject rule in rules.OfType<JsonObject>().Where(r => removedSets.Contains((string?)r["knowledge"])).ToList())
        {
            rules.Remove(rule);
            removed.Add((string?)rule["id"] ?? "");
        }

        var added = new List<string>();
        HashSet<string> read = [.. rules.OfType<JsonObject>().Select(r => (string?)r["knowledge"] ?? "")];
        HashSet<string> ids = [.. rules.OfType<JsonObject>().Select(r => (string?)r["id"] ?? "")];
        foreach (SetSummary set in report.Sets.Where(s => !read.Contains(s.Set)))
        {
            RuleMapping? mapping = data.Map.Rules.FirstOrDefault(r => r.Set == set.Set || r.TextSet == set.Set || r.PairTextSet == set.Set);
            JsonObject rule = NationalRule.For(set.Set, set.Family, mapping ?? data.Map.Fallback, mapping is null ? null : data.Framework.Of(mapping),
                data.Framework.EffectiveFrom, fallback: mapping is null);
            if (!ids.Add((string)rule["id"]!))
            {
                rule["id"] = "NAT-" + set.Set.ToUpperInvariant();
                ids.Add((string)rule["id"]!);
            }

            rules.Add(rule);
            added.Add((string)rule["id"]!);
        }

        string before = (string?)pack["version"] ?? "1";
        bool changed = added.Count + removed.Count + knowledgeAdded.Length + knowledgeRemoved.Length > 0;
        string after = changed ? PackVersion.Next(before) : before;
        if (changed)
        {
            pack["version"] = after;
            File.WriteAllText(packPath, pack.ToJsonString(Json) + "\n");
        }

        return new PackUpdate(before, after, added, removed, knowledgeAdded, knowledgeRemoved);
    }

    private static JsonArray ArrayOf(JsonObject pack, string name)
    {
        if (pack[name] is not JsonArray array)
        {
            pack[name] = array = [];
        }

        return array;
    }
}
