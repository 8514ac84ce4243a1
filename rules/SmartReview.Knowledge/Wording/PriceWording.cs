using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// A unit price cap for <c>unit_price_cap</c>: by level (<c>{"caps":{"3":120,"2":100}}</c>) from "三级医院120元，二级
/// 医院100元", else one cap (<c>{"cap":120}</c>) from "不超过120元", "最高限价120元". Two different prices without levels
/// stay text-only (which one applies is not in the wording we read). Patterns in wording-patterns.json.
/// </summary>
internal sealed class PriceWording(WordingPatterns patterns) : IWordingReader
{
    private static readonly Dictionary<string, string> Levels = new(StringComparer.Ordinal) { ["一"] = "1", ["二"] = "2", ["三"] = "3" };

    private readonly IReadOnlyList<Regex> _byLevel = patterns.Patterns("price", "by_level");
    private readonly IReadOnlyList<Regex> _cap = patterns.Patterns("price", "cap");

    public string Name => "price";

    public Structure Read(WordingInput input)
    {
        var caps = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (Match m in _byLevel.SelectMany(p => p.Matches(input.Text)))
        {
            string level = Levels.GetValueOrDefault(m.Groups["level"].Value, m.Groups["level"].Value);
            decimal price = Price(m);
            if (caps.TryGetValue(level, out decimal other) && other != price)
            {
                return Structure.TextOnly("other", "price.ambiguous");
            }

            caps[level] = price;
        }

        if (caps.Count > 0)
        {
            var byLevel = new JsonObject();
            foreach ((string level, decimal price) in caps)
            {
                byLevel[level] = price;
            }

            return Structure.Checkable(new JsonObject { ["caps"] = byLevel });
        }

        decimal[] prices = [.. _cap.SelectMany(p => p.Matches(input.Text)).Select(Price).Distinct()];
        return prices.Length switch
        {
            0 => Structure.TextOnly("other", "price.none_named"),
            1 => Structure.Checkable(new JsonObject { ["cap"] = prices[0] }),
            _ => Structure.TextOnly("other", "price.ambiguous"),
        };
    }

    private static decimal Price(Match m) => decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
}
