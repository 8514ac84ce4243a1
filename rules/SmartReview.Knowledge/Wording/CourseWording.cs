using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// The payable course in days (<c>{"max_days":14}</c>) from "支付不超过14天", "单次最多支付14天"… (patterns in
/// wording-patterns.json). Several figures give the largest. A course in months (支付不超过12个月) spans stays and
/// stays text-only.
/// </summary>
internal sealed class CourseWording(WordingPatterns patterns) : IWordingReader
{
    private readonly IReadOnlyList<Regex> _days = patterns.Patterns("course", "days");
    private readonly IReadOnlyList<Regex> _months = patterns.Patterns("course", "months");

    public string Name => "course";

    public Structure Read(WordingInput input)
    {
        int[] days = [.. _days.SelectMany(p => p.Matches(input.Text)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Where(d => d is >= 1 and <= 3650)];
        if (days.Length > 0)
        {
            return Structure.Checkable(new JsonObject { ["max_days"] = days.Max() });
        }

        return Structure.TextOnly("course", _months.Any(p => p.IsMatch(input.Text)) ? "course.months" : "course.none_named");
    }
}
