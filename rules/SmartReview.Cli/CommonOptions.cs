using System.CommandLine;
using System.Globalization;

namespace SmartReview.Cli;

/// <summary>Options every command shares: the pack and the console language.</summary>
internal static class CommonOptions
{
    public static string DefaultPack => Path.Combine(AppContext.BaseDirectory, "packs", "starter", "pack.json");

    public static Option<string> Pack() => new("--pack")
    {
        Description = "Rule pack file (default: the starter pack shipped with the tool)",
        DefaultValueFactory = _ => DefaultPack,
    };

    public static Option<string> Language() => new("--lang")
    {
        Description = "Console language: zh-CN (default) or en",
        DefaultValueFactory = _ => "zh-CN",
    };

    public static void Apply(ParseResult result, Option<string> language) =>
        CliText.Culture = CultureInfo.GetCultureInfo(result.GetValue(language) == "en" ? "en" : "zh-CN");
}
