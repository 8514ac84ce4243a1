using System.Globalization;
using System.Resources;
using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Engine;

/// <summary>Texts from Resources/Messages (zh-CN neutral, en satellite). Values are formatted the same in both.</summary>
public static class Texts
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly ResourceManager Resources = new("SmartReview.Rules.Resources.Messages", typeof(Texts).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"missing text '{key}' ({culture.Name})");

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

    public static LocalizedText Join(IEnumerable<LocalizedText> parts)
    {
        LocalizedText[] all = [.. parts];
        return new(string.Join("、", all.Select(p => p.ZhCn)), string.Join(", ", all.Select(p => p.En)));
    }

    public static LocalizedText Localize(object? value) => value as LocalizedText ?? new LocalizedText(Value(value), Value(value));

    public static string Value(object? value) => value switch
    {
        null => "—",
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
