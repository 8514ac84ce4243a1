using System.Globalization;
using System.Resources;

namespace SmartReview.Review.Support;

/// <summary>Texts from Resources/Messages (zh-CN neutral, en satellite); stages, roles and commands by their resource names.</summary>
internal static class Texts
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly ResourceManager Resources = new("SmartReview.Review.Resources.Messages", typeof(Texts).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"missing text '{key}' ({culture.Name})");

    /// <summary>A rejection whose message is the template <paramref name="key"/> filled in both languages.</summary>
    public static Rejection Reject(RejectionCode code, string key, params object?[] values) =>
        new(code, Fill(key, Chinese, values), Fill(key, English, values));

    public static string Fill(string key, CultureInfo culture, IReadOnlyList<object?> values) =>
        string.Format(culture, Get(key, culture), [.. values.Select(v => Show(v, culture))]);

    private static string Show(object? value, CultureInfo culture) => value switch
    {
        Stage s => Get("Stage_" + s, culture),
        Role r => Get("Role_" + r, culture),
        Responsibility d => Get("Degree_" + d, culture),
        CaseCommand c => Get("Command_" + c.GetType().Name, culture),
        LedgerKind k => Get("LedgerKind_" + k, culture),
        CaseOrigin o when Enum.IsDefined(o) => Get("Origin_" + o, culture),
        AgreementMeasure m => Get("Measure_" + m, culture),
        Referral r => Get("Referral_" + r, culture),
        PenaltyBasis b => culture.Name == Chinese.Name ? b.NameZh : b.NameEn,
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
