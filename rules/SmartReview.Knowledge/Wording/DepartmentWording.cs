using System.Text.Json.Nodes;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// The departments an item is for (<c>{"departments":["A21*"]}</c>), for <c>department_restricted_item</c>: department
/// names in the wording → department code prefixes (wording-patterns.json, <c>department.names</c>, longest first).
/// As with indications, the point maps only when nothing but known names and neutral words is left: an unknown
/// department beside a known one would otherwise be flagged wrongly.
/// </summary>
internal sealed class DepartmentWording(WordingPatterns patterns) : IWordingReader
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _names =
        [.. patterns.Map("department", "names").OrderByDescending(p => p.Key.Length)];

    private readonly IReadOnlyList<string> _neutral = patterns.Strings("department", "neutral");

    public string Name => "department";

    public Structure Read(WordingInput input)
    {
        string text = input.Text;
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach ((string name, string code) in _names.Where(p => input.Text.Contains(p.Key, StringComparison.Ordinal)))
        {
            if (text.Contains(name, StringComparison.Ordinal))
            {
                codes.Add(code);
                text = text.Replace(name, " ", StringComparison.Ordinal);
            }
        }

        if (codes.Count == 0)
        {
            return Structure.TextOnly("other", "department.none_named");
        }

        string rest = new([.. WordingText.Without(text, _neutral).Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c))]);
        return rest.Length == 0
            ? Structure.Checkable(new JsonObject { ["departments"] = new JsonArray([.. codes.Select(c => JsonValue.Create(c))]) })
            : Structure.TextOnly("other", "department.unmapped_remainder");
    }
}
