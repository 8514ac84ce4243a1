using System.Globalization;
using System.Text.Json;

namespace SmartReview.Knowledge.Nhsa;

/// <summary>
/// Reads NHSA knowledge points, one JSON object a line. Lenient about shapes the published files vary in (a batch as
/// a number or a numeric string, null codes, a code as a single string); a line that is not a JSON object is
/// returned with its problem, never thrown.
/// </summary>
internal static class NhsaPointReader
{
    public static IEnumerable<NhsaLine> Read(string path)
    {
        string file = Path.GetFileName(path);
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Parse(line, file, number);
            }
        }
    }

    public static NhsaLine Parse(string line, string file, int number)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new NhsaLine(file, number, null, "not a JSON object");
            }

            var point = new NhsaPoint
            {
                NhsaId = Text(root, "id"),
                Batch = Number(root, "batch"),
                RuleCode = Text(root, "rule_code"),
                RuleName = Text(root, "rule_name"),
                Codes = Codes(root),
                ItemName = Text(root, "item_name") ?? "",
                Restriction = Text(root, "restriction") ?? "",
                Logic = Text(root, "logic"),
                SourceFile = Text(root, "source_file") ?? file,
                SourceRow = Number(root, "source_row"),
                Status = (Text(root, "status") ?? PointStatus.Active).ToLowerInvariant(),
            };
            return new NhsaLine(file, number, point, null);
        }
        catch (JsonException e)
        {
            return new NhsaLine(file, number, null, $"not JSON: {e.Message}");
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement v) ? v.ValueKind switch
        {
            JsonValueKind.String => NullIfEmpty(v.GetString()!.Trim()),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static int? Number(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int n))
        {
            return n;
        }

        return v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : null;
    }

    private static List<string> Codes(JsonElement root)
    {
        var codes = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!root.TryGetProperty("codes", out JsonElement v))
        {
            return codes;
        }

        IEnumerable<JsonElement> items = v.ValueKind switch
        {
            JsonValueKind.Array => v.EnumerateArray(),
            JsonValueKind.String => [v],
            _ => [],
        };
        foreach (JsonElement item in items.Where(i => i.ValueKind == JsonValueKind.String))
        {
            string code = item.GetString()!.Trim();
            if (code.Length > 0 && seen.Add(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }
}
