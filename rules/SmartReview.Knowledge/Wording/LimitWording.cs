using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// A limit per window for <c>quantity_limit</c> (reader <c>quantity</c>: <c>{"max_quantity":2,"window":"day"}</c>
/// from "每日限2次", "2次/日", "每次住院不超过10次") or <c>amount_limit</c> (reader <c>amount</c>: <c>max_amount</c>
/// from "每次住院支付不超过3000元", "1.5万元"). The patterns and the period words are in wording-patterns.json; a
/// period maps to a family window (day, stay) or to none (周, 月, 年: beyond one settlement, text-only). Several
/// limits: the first one read (each alone is sound). Wording that names only its period (限定频次 "日") takes the
/// rule's <c>limit_defaults</c> for that window, else stays text-only: the point is kept, never dropped. A limit in a
/// measure unit (mg, ml…) is a dose, not the billed quantity, and stays text-only unless the rule counts in it.
/// </summary>
internal sealed class LimitWording : IWordingReader
{
    private readonly string _attribute;
    private readonly IReadOnlyList<Regex> _limits;
    private readonly IReadOnlyList<Regex> _periodOnly;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _periods;
    private readonly IReadOnlyList<string> _measureUnits;

    public LimitWording(string name, string attribute, WordingPatterns patterns)
    {
        Name = name;
        _attribute = attribute;
        _limits = patterns.Patterns(name, "limits");
        _periodOnly = patterns.Patterns(name, "period_only");
        _periods = patterns.Map(name, "periods");
        _measureUnits = [.. patterns.Strings(name, "measure_units").OrderByDescending(u => u.Length)];
    }

    public string Name { get; }

    public Structure Read(WordingInput input)
    {
        Match? limit = _limits.Select(p => p.Match(input.Text)).Where(m => m.Success).OrderBy(m => m.Index).FirstOrDefault();
        Match? period = limit ?? _periodOnly.Select(p => p.Match(input.Text)).FirstOrDefault(m => m.Success);
        if (period is null)
        {
            return Structure.TextOnly("other", Name + ".none_named");
        }

        string? window = Window(period.Groups["period"].Value);
        if (window is null)
        {
            return Structure.TextOnly("other", Name + ".period_unsupported");
        }

        if (limit is not null && MeasureUnit(input.Text, limit) is string unit && !input.Rule.CountedUnits.Contains(unit))
        {
            return Structure.TextOnly("other", Name + ".measure_unit");
        }

        decimal? max = limit is null ? input.Rule.LimitDefaults.TryGetValue(window, out decimal d) ? d : null : Number(limit);
        return max switch
        {
            null => Structure.TextOnly("other", Name + ".no_number"),
            <= 0 => Structure.TextOnly("other", Name + ".no_number"),
            _ => Structure.Checkable(new JsonObject { [_attribute] = max.Value, ["window"] = window }),
        };
    }

    /// <summary>The window of a period word (longest word first); null when the period is beyond the family's windows.</summary>
    private string? Window(string period)
    {
        string window = _periods.Where(p => period.Contains(p.Key, StringComparison.Ordinal)).OrderByDescending(p => p.Key.Length)
            .Select(p => p.Value).FirstOrDefault() ?? "";
        return window.Length > 0 ? window : null;
    }

    /// <summary>The measure unit written right after the limit's number (40mg, 2 g), if any.</summary>
    private string? MeasureUnit(string text, Match limit)
    {
        Group n = limit.Groups["n"];
        string after = text[(n.Index + n.Length)..].TrimStart();
        return _measureUnits.FirstOrDefault(u => after.StartsWith(u, StringComparison.OrdinalIgnoreCase));
    }

    private static decimal Number(Match m) =>
        decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * (m.Groups["wan"].Success ? 10_000 : 1);
}
