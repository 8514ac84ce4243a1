using System.Text.Json;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// Condition phrase → ICD-10 code prefixes (Data/indication-catalogue.jsonl, synthetic: see Data/README.md). One JSON
/// object a line: <c>{"phrase":"2型糖尿病","icd10":["E11*"]}</c>. Phrases are kept longest first.
/// </summary>
internal sealed class IndicationCatalogue
{
    private IndicationCatalogue(IReadOnlyList<(string Phrase, IReadOnlyList<string> Codes)> phrases) => Phrases = phrases;

    public IReadOnlyList<(string Phrase, IReadOnlyList<string> Codes)> Phrases { get; }

    public static IndicationCatalogue Parse(string jsonLines)
    {
        var phrases = new List<(string, IReadOnlyList<string>)>();
        int number = 0;
        foreach (string line in jsonLines.Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using JsonDocument doc = JsonDocument.Parse(line);
            string phrase = doc.RootElement.TryGetProperty("phrase", out JsonElement p) ? WordingText.Normalize(p.GetString() ?? "") : "";
            string[] codes = doc.RootElement.TryGetProperty("icd10", out JsonElement c) && c.ValueKind == JsonValueKind.Array
                ? [.. c.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0)] : [];
            if (phrase.Length == 0 || codes.Length == 0 || codes.Any(s => s == "*" || s.IndexOf('*') is >= 0 and var i && i != s.Length - 1))
            {
                throw new InvalidDataException($"indication catalogue line {number}: needs a phrase and ICD-10 codes or prefixes ending in *");
            }

            phrases.Add((phrase, codes));
        }

        return new IndicationCatalogue([.. phrases.OrderByDescending(p => p.Item1.Length).ThenBy(p => p.Item1, StringComparer.Ordinal)]);
    }
}
