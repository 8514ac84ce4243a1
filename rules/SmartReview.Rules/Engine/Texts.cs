using System.Globalization;
using System.Resources;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Engine;

/// <summary>Texts from Resources/Messages (zh-CN neutral, en satellite). Values are formatted the same in both.</summary>
public static class Texts
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly ResourceManager Resources = new("SmartReview.Rules.Resources.Messages", typeof(Texts).Assembly);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), string> Cache = new();

    public static string Get(string key, CultureInfo culture) =>
        Cache.GetOrAdd((key, culture.Name), k => Resources.GetString(k.Item1, culture)
            ?? throw new KeyNotFoundException($"missing text '{k.Item1}' ({k.Item2})"));

    /// <summary>A text by key in both languages, e.g. an enum value's name.</summary>
    public static LocalizedText Of(string key) => new(Get(key, Chinese), Get(key, English));

    /// <summary>Fills the template <paramref name="key"/> in both languages; <see cref="LocalizedText"/> values follow the language.</summary>
    public static LocalizedText Format(string key, IReadOnlyList<object?> values)
    {
        LocalizedText[] localized = [.. values.Select(Localize)];
        return new(Fill(key, Chinese, [.. localized.Select(v => v.ZhCn)]), Fill(key, English, [.. localized.Select(v => v.En)]));
    }

    public static string Fill(string key, CultureInfo culture, IReadOnlyList<string> values) =>
        string.Format(culture, Get(key, culture), [.. values]);

    /// <summary>"Judged by pack national@2025.1, as of 2026-01-01", in both languages.</summary>
    public static LocalizedText JudgedBy(string pack, ScreeningBasis basis) => Format("JudgedBy", [pack, basis.Text]);

    public static LocalizedText Join(IEnumerable<LocalizedText> parts)
    {
        LocalizedText[] all = [.. parts];
        return new(string.Join("、", all.Select(p => p.ZhCn)), string.Join(", ", all.Select(p => p.En)));
    }

    /// <summary>Values shown in both languages: enums and booleans by their resource names, the rest as <see cref="Value"/>.</summary>
    public static LocalizedText Localize(object? value) => value switch
    {
        LocalizedText text => text,
        bool b => Of(b ? "Yes" : "No"),
        Scheme s => Of("Scheme_" + EnumNames.Of(s)),
        CareSetting c => Of("Setting_" + EnumNames.Of(c)),
        Sex x => Of("Sex_" + EnumNames.Of(x)),
        ItemCategory c => Of("Category_" + EnumNames.Of(c)),
        ResultType r => Of("Result_" + r),
        Severity v => Of("Severity_" + v),
        _ => new LocalizedText(Value(value), Value(value)),
    };

    /// <summary>Money to the fen, always written with two decimals (37 → 37.00).</summary>
    public static decimal Fen(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;

    public static string Value(object? value) => value switch
    {
        null => "—",
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
