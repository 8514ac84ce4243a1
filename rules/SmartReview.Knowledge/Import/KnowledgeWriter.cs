using System.Text.Encodings.Web;
using System.Text.Json;
using SmartReview.Knowledge.Mapping;
using SmartReview.Knowledge.Reporting;

namespace SmartReview.Knowledge.Import;

/// <summary>
/// Writes one knowledge file per set (<c>&lt;set&gt;.jsonl</c>, the format KnowledgeLoader reads; docs/rule-pack.md),
/// sets in rule-table order, entries in first-seen order. A known set with no entries left has its old file removed,
/// so the folder always equals the import.
/// </summary>
internal static class KnowledgeWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<SetSummary> Write(IReadOnlyList<EntryDraft> entries, RuleMap map, string folder, List<string> removed)
    {
        Directory.CreateDirectory(folder);
        string[] knownSets = [.. map.Rules.Append(map.Fallback).SelectMany(r => new[] { r.Set, r.TextSet, r.PairTextSet }).Distinct()];
        var bySet = entries.GroupBy(e => e.Set).ToDictionary(g => g.Key, g => g.ToList());
        var summaries = new List<SetSummary>();
        foreach (string set in knownSets.Concat(bySet.Keys.Except(knownSets)))
        {
            string path = Path.Combine(folder, set + ".jsonl");
            if (!bySet.TryGetValue(set, out List<EntryDraft>? list))
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                    removed.Add(Path.GetFileName(path));
                }

                continue;
            }

            WriteFile(path, list);
            int shared = list.SelectMany(e => e.Codes).GroupBy(c => c).Count(g => g.Count() > 1);
            summaries.Add(new SetSummary(set, list[0].Family, Path.GetFileName(path), list.Count, list.Sum(e => e.Codes.Count), shared));
        }

        return summaries;
    }

    private static void WriteFile(string path, List<EntryDraft> entries)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var writer = new Utf8JsonWriter(stream, Options);
        foreach (EntryDraft entry in entries)
        {
            writer.Reset(stream);
            writer.WriteStartObject();
            writer.WriteString("id", entry.Id);
            writer.WriteString("set", entry.Set);
            writer.WriteStartArray("codes");
            foreach (string code in entry.Codes)
            {
                writer.WriteStringValue(code);
            }

            writer.WriteEndArray();
            writer.WriteString("item_name", entry.ItemName);
            writer.WriteString("text", entry.Text);
            writer.WritePropertyName("attributes");
            entry.Attributes.WriteTo(writer);
            writer.WriteString("source", entry.Source);
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
        }
    }
}
