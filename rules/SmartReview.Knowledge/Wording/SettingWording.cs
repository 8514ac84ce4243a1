using System.Text.Json.Nodes;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// The care settings where an item is payable (<c>{"settings":["inpatient"]}</c>), read from a care-setting rule's
/// wording: "住院患者方予支付", "住院方可支付" → inpatient; "限急诊或住院患者" → emergency and inpatient. A clause that
/// says where the item is not payable ("门急诊不予支付") is not read.
/// </summary>
internal sealed class SettingWording(WordingPatterns patterns) : IWordingReader
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _keywords = patterns.Map("setting", "keywords");
    private readonly IReadOnlyList<string> _ignore = patterns.Strings("setting", "ignore");
    private readonly IReadOnlyList<string> _negations = patterns.Strings("setting", "negations");

    public string Name => "setting";

    public Structure Read(WordingInput input)
    {
        string text = string.Join(";", input.Text.Split([',', ';', '。']).Where(c => !_negations.Any(c.Contains)));
        text = WordingText.Without(text, _ignore);
        string[] settings = [.. _keywords.Where(k => text.Contains(k.Key, StringComparison.Ordinal)).Select(k => k.Value).Distinct()];
        return settings.Length > 0
            ? Structure.Checkable(new JsonObject { ["settings"] = new JsonArray([.. settings.Select(s => JsonValue.Create(s))]) })
            : Structure.TextOnly("other", "setting.none_named");
    }
}
