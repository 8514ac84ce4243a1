using System.Globalization;
using System.Resources;

namespace SmartReview.Cli;

/// <summary>Console texts from Resources/Cli (zh-CN neutral, en satellite).</summary>
internal static class CliText
{
    private static readonly ResourceManager Resources = new("SmartReview.Cli.Resources.Cli", typeof(CliText).Assembly);

    public static CultureInfo Culture { get; set; } = CultureInfo.GetCultureInfo("zh-CN");

    public static string Get(string key) =>
        Resources.GetString(key, Culture) ?? throw new KeyNotFoundException($"missing console text '{key}'");

    public static string Format(string key, params object?[] values) => string.Format(Culture, Get(key), values);
}
