using System.Text.Json.Nodes;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// The schemes an item is payable under (<c>{"schemes":["work_injury"]}</c>): schemes named in the wording
/// (限工伤保险 → work_injury, 限生育保险 → maternity), else the rule's own (药品限工伤保险 says work injury).
/// </summary>
internal sealed class SchemeWording(WordingPatterns patterns) : IWordingReader
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _keywords = patterns.Map("scheme", "keywords");

    public string Name => "scheme";

    public Structure Read(WordingInput input)
    {
        string[] schemes = [.. _keywords.Where(k => input.Text.Contains(k.Key, StringComparison.Ordinal)).Select(k => k.Value).Distinct()];
        if (schemes.Length > 0)
        {
            return Structure.Checkable(new JsonObject { ["schemes"] = new JsonArray([.. schemes.Select(s => JsonValue.Create(s))]) });
        }

        return input.Rule.Attributes?["schemes"] is JsonArray fallback
            ? Structure.Checkable(new JsonObject { ["schemes"] = fallback.DeepClone() })
            : Structure.TextOnly("other", "scheme.none_named");
    }
}
