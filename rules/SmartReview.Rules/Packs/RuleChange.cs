using System.Text.Json;

namespace SmartReview.Rules.Packs;

/// <summary>One rule present in both versions, with each field that differs as (field, before, after).</summary>
public sealed record RuleChange(string RuleId, IReadOnlyList<(string Field, string Before, string After)> Fields)
{
    public static RuleChange Between(RuleDefinition a, RuleDefinition b)
    {
        var fields = new List<(string, string, string)>();
        void Compare(string field, string before, string after)
        {
            if (before != after)
            {
                fields.Add((field, before, after));
            }
        }

        Compare("code", a.Code ?? "", b.Code ?? "");
        Compare("name.zh-CN", a.Name.ZhCn, b.Name.ZhCn);
        Compare("name.en", a.Name.En, b.Name.En);
        Compare("family", a.Family, b.Family);
        foreach (string key in a.Parameters.Keys.Union(b.Parameters.Keys).Order(StringComparer.Ordinal))
        {
            Compare("parameters." + key, Raw(a.Parameters, key), Raw(b.Parameters, key));
        }

        Compare("knowledge", a.Knowledge ?? "", b.Knowledge ?? "");
        Compare("knowledge_codes", string.Join(",", a.KnowledgeCodes), string.Join(",", b.KnowledgeCodes));
        Compare("result", a.Result.ToString(), b.Result.ToString());
        Compare("severity", a.Severity.ToString(), b.Severity.ToString());
        Compare("effective.from", a.EffectiveFrom.ToString("yyyy-MM-dd"), b.EffectiveFrom.ToString("yyyy-MM-dd"));
        Compare("effective.to", a.EffectiveTo?.ToString("yyyy-MM-dd") ?? "", b.EffectiveTo?.ToString("yyyy-MM-dd") ?? "");
        Compare("enabled", a.Enabled.ToString(), b.Enabled.ToString());
        Compare("scope", Scope(a.Scope), Scope(b.Scope));
        return new RuleChange(b.Id, fields);
    }

    internal static string Json(IReadOnlyDictionary<string, JsonElement> values) =>
        string.Join(",", values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.GetRawText()}"));

    private static string Raw(IReadOnlyDictionary<string, JsonElement> values, string key) =>
        values.TryGetValue(key, out JsonElement v) ? v.GetRawText() : "";

    private static string Scope(RuleScope s) => $"{string.Join("/", s.Schemes)};{string.Join("/", s.Settings)};{string.Join("/", s.Levels)}";
}
