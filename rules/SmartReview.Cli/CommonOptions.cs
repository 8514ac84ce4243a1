using System.CommandLine;
using System.Globalization;
using SmartReview.Kernel;
using SmartReview.Rules.Engine;

namespace SmartReview.Cli;

/// <summary>Options every command shares: the pack and the console language; those that judge settlements, the screening basis.</summary>
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

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "Judge every settlement by the rules in force on this date, yyyy-MM-dd",
    };

    public static Option<string?> Basis() => new("--basis")
    {
        Description = "discharge-date (default: rules in force on each discharge date) or current (rules in force today)",
    };

    /// <summary>The basis chosen by <c>--basis</c> / <c>--as-of</c>; null after printing which option is wrong.</summary>
    public static ScreeningBasis? Basis(ParseResult result, Option<string?> basis, Option<string?> asOf)
    {
        DateOnly today = Kernel.ChinaTime.Date(DateTime.UtcNow);
        if (ScreeningBasis.TryChoose(result.GetValue(basis), result.GetValue(asOf), today, out ScreeningBasis chosen, out string? bad))
        {
            return chosen;
        }

        Console.Error.WriteLine(bad == "asOf" ? CliText.Format("AsOfInvalid", result.GetValue(asOf)) : CliText.Format("BasisInvalid", result.GetValue(basis)));
        return null;
    }

    public static void Apply(ParseResult result, Option<string> language) =>
        CliText.Culture = CultureInfo.GetCultureInfo(result.GetValue(language) == "en" ? "en" : "zh-CN");
}
