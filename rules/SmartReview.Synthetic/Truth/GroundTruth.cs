using System.Text.Json;

namespace SmartReview.Synthetic.Truth;

/// <summary>Reads the ground-truth JSON Lines the generator writes.</summary>
public static class GroundTruth
{
    public static IEnumerable<PlantedViolation> ReadViolations(Stream stream)
    {
        foreach (JsonElement e in Records(stream))
        {
            yield return new PlantedViolation(
                e.GetProperty("settlement_id").GetString()!, e.GetProperty("rule_id").GetString()!, e.GetProperty("family").GetString()!,
                [.. e.GetProperty("line_ids").EnumerateArray().Select(l => l.GetString()!)],
                OptionalString(e, "related_settlement_id"), OptionalString(e, "knowledge_id"));
        }
    }

    public static IEnumerable<RejectedRecord> ReadRejects(Stream stream)
    {
        foreach (JsonElement e in Records(stream))
        {
            yield return new RejectedRecord(e.GetProperty("line_number").GetInt64(), e.GetProperty("field").GetString()!,
                e.GetProperty("kind").GetString()!, e.GetProperty("settlement_id").GetString()!);
        }
    }

    private static IEnumerable<JsonElement> Records(Stream stream)
    {
        using var reader = new StreamReader(stream, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                yield return doc.RootElement.Clone();
            }
        }
    }

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
