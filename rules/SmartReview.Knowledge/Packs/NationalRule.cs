using System.Globalization;
using System.Text.Json.Nodes;
using SmartReview.Knowledge.Mapping;

namespace SmartReview.Knowledge.Packs;

/// <summary>
/// The pack rule for one imported set, from the framework data: id <c>NAT-</c> + GZ code (<c>NAT-2025-</c> + key for
/// the 2025 additions, which have no code), <c>-T</c> for the text-only set beside a checkable one; the framework name
/// and gloss; result and severity from the rule-map row, a text-only set always suspicious and low.
/// </summary>
internal static class NationalRule
{
    public static JsonObject For(string set, string family, RuleMapping mapping, FrameworkRule? framework, DateOnly from, bool fallback)
    {
        bool text = RuleMapping.IsTextFamily(family);
        bool textBeside = text && !mapping.IsTextOnly;
        bool pairsBeside = family == RuleMapping.PairTextFamily && mapping.IsTextOnly;
        string? code = mapping.Codes.FirstOrDefault() ?? framework?.Code;
        string stem = code is not null ? code : framework is { Edition: "2025" } ? "2025-" + mapping.Key.ToUpperInvariant() : mapping.Key.ToUpperInvariant();
        string zh = fallback ? "未映射规则的知识点" : framework?.Name ?? mapping.Names.FirstOrDefault() ?? set;
        string en = fallback ? "Knowledge point of a rule not mapped" : Capital(framework?.Gloss ?? set);
        var rule = new JsonObject { ["id"] = "NAT-" + stem + (pairsBeside ? "-P" : textBeside ? "-T" : "") };
        if (code is not null)
        {
            rule["code"] = code;
        }

        rule["name"] = new JsonObject
        {
            ["zh-CN"] = text ? zh + "（需人工核实）" : zh,
            ["en"] = text ? en + ": manual check" : en,
        };
        rule["family"] = family;
        rule["knowledge"] = set;
        rule["result"] = text ? "suspicious" : mapping.Result;
        rule["severity"] = text ? "low" : mapping.Severity;
        rule["effective"] = new JsonObject { ["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = null };
        rule["enabled"] = true;
        return rule;
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
