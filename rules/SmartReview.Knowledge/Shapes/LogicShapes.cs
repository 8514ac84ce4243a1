using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SmartReview.Knowledge.Wording;

namespace SmartReview.Knowledge.Shapes;

/// <summary>
/// The shape the official detection logic (the <c>logic</c> column) describes: "项目A和项目B同时收费", "收取A又收取B"
/// → pair; "超过N次" → frequency; "N天内…超过" → period frequency; "年龄超出" → age… Patterns in
/// wording-patterns.json (<c>logic.shapes</c>, first match wins, so the two-item shapes come first).
/// </summary>
internal sealed class LogicShapes
{
    private readonly IReadOnlyList<(string Shape, IReadOnlyList<Regex> Patterns)> _shapes;

    public LogicShapes(WordingPatterns patterns) =>
        _shapes = [.. (patterns.Section("logic")["shapes"] as JsonObject ?? [])
            .Select(p => (p.Key, (IReadOnlyList<Regex>)[.. WordingPatterns.StringsOf(p.Value).Select(r => new Regex(r, RegexOptions.CultureInvariant))]))];

    /// <summary>The shape of <paramref name="logic"/>, or null when no pattern knows it.</summary>
    public string? Of(string? logic)
    {
        if (string.IsNullOrWhiteSpace(logic))
        {
            return null;
        }

        string text = WordingText.Normalize(logic);
        return _shapes.FirstOrDefault(s => s.Patterns.Any(p => p.IsMatch(text))).Shape;
    }
}
