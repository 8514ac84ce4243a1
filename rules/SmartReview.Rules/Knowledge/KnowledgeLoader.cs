using System.Text.Json;
using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Knowledge;

/// <summary>Reads a knowledge JSON Lines file (one entry a line; see docs/rule-pack.md), recording errors by entry and field.</summary>
public static class KnowledgeLoader
{
    private static readonly HashSet<string> Common = ["id", "set", "codes", "item_name", "text", "source", "attributes"];

    public static IEnumerable<KnowledgeEntry> Load(string path, List<PackError> errors)
    {
        if (!File.Exists(path))
        {
            errors.Add(new PackError("(pack)", "knowledge", $"file not found: {path}"));
            return [];
        }

        var entries = new List<KnowledgeEntry>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length > 0)
            {
                Read(line, $"{Path.GetFileName(path)}:{lineNumber}", errors, entries);
            }
        }

        return entries;
    }

    private static void Read(string line, string location, List<PackError> errors, List<KnowledgeEntry> into)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            string where = doc.RootElement.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.String
                ? $"knowledge {id.GetString()} ({location})" : $"knowledge {location}";
            var r = new ElementReader(doc.RootElement, where, errors);
            IReadOnlyList<string> codes = r.Strings("codes");
            if (codes.Count == 0)
            {
                r.Error("codes", "at least one code is required");
            }

            foreach (string code in codes.Where(c => c.Length == 0 || c == "*" || c.IndexOf('*') is >= 0 and var i && i != c.Length - 1))
            {
                r.Error("codes", $"'{code}' is not a code or a prefix ending in *");
            }

            foreach (JsonProperty unknown in doc.RootElement.EnumerateObject().Where(p => !Common.Contains(p.Name)))
            {
                r.Error(unknown.Name, "unknown field (family attributes go under \"attributes\")");
            }

            into.Add(new KnowledgeEntry
            {
                Id = r.RequiredString("id"), Set = r.RequiredString("set"), Codes = codes, ItemName = r.RequiredString("item_name"),
                Text = r.OptionalString("text") ?? "", Attributes = r.Object("attributes"), Source = r.OptionalString("source"),
                Location = location,
            });
        }
        catch (JsonException e)
        {
            errors.Add(new PackError($"knowledge {location}", "(json)", e.Message));
        }
    }
}
