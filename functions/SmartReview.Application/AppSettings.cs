using System.Text.Json;
using Microsoft.Extensions.Configuration;
using SmartReview.Application.Cases;
using SmartReview.Application.Evidence;
using SmartReview.Application.Ingest;
using SmartReview.Application.Reports;
using SmartReview.National;
using SmartReview.Review;
using SmartReview.Rules.Engine;

namespace SmartReview.Application;

/// <summary>
/// The handlers' settings as every app reads them from its configuration (appsettings, then environment variables
/// such as <c>Packs__Path</c>); a section that is missing keeps its defaults, a value that cannot be used stops the app at start.
/// </summary>
public static class AppSettings
{
    /// <summary>The pack both apps score with unless <c>Packs:Path</c> names another: the seed city's full base.</summary>
    public const string DefaultPack = "packs/local/pack.json";

    /// <summary>Loads and compiles the pack at <c>Packs:Path</c>, relative to the app's folder.</summary>
    public static CompiledPack Pack(IConfiguration config) =>
        PackCompiler.Load(Path.GetFullPath(NullIfEmpty(config["Packs:Path"]) ?? DefaultPack, AppContext.BaseDirectory));

    /// <summary>
    /// The code tables national extracts are folded through: the defaults, with the columns of the bureau's JSON file at
    /// <c>National:Dictionaries</c> (relative to the app's folder, or absolute; docs/national-extract.md) laid over
    /// them. Read once, at start: a file that is missing or refused stops the app, naming the setting, the file and why.
    /// </summary>
    public static NationalDictionaries Dictionaries(IConfiguration config)
    {
        if (NullIfEmpty(config["National:Dictionaries"]) is not { } setting)
        {
            return NationalDictionaries.Default;
        }

        string path = Path.GetFullPath(setting, AppContext.BaseDirectory);
        try
        {
            return NationalDictionaries.Load(path);
        }
        catch (Exception e) when (e is NationalExtractException or IOException or UnauthorizedAccessException or JsonException)
        {
            throw new InvalidOperationException($"National:Dictionaries ({path}): {e.Message}", e);
        }
    }

    public static IngestSettings Ingest(IConfiguration config) => config.GetSection("Ingest").Get<IngestSettings>() ?? new IngestSettings();

    /// <summary>
    /// The review settings of the <c>Review</c> section; <c>Review:SanctionRulesPath</c> (relative to the app's folder)
    /// names a region's sanction rules to use instead of the national ones, loaded and checked here, at start.
    /// </summary>
    public static ReviewSettings Review(IConfiguration config)
    {
        ReviewSettings review = config.GetSection("Review").Get<ReviewSettings>() ?? new ReviewSettings();
        if (NullIfEmpty(config["Review:SanctionRulesPath"]) is not { } path)
        {
            return review;
        }

        using FileStream rules = File.OpenRead(Path.GetFullPath(path, AppContext.BaseDirectory));
        return review with { SanctionRules = SanctionRules.Load(rules) };
    }

    /// <summary>The panel's settings from <c>Review:Panel</c> (blind votes by default).</summary>
    public static PanelSettings Panel(IConfiguration config) => config.GetSection("Review:Panel").Get<PanelSettings>() ?? new PanelSettings();

    public static DashboardSettings Reports(IConfiguration config) => config.GetSection("Reports").Get<DashboardSettings>() ?? new DashboardSettings();

    /// <summary>Evidence limits from <c>Evidence:MaxBytes</c> and <c>Evidence:AllowedTypes</c>.</summary>
    public static EvidenceSettings Evidence(IConfiguration config)
    {
        IConfigurationSection section = config.GetSection("Evidence");
        var settings = new EvidenceSettings(section.GetValue("MaxBytes", EvidenceSettings.DefaultMaxBytes));
        if (section.GetSection("AllowedTypes").Get<string[]>() is { Length: > 0 } types)
        {
            settings = settings with { AllowedTypes = [.. types.Select(t => t.Trim().ToLowerInvariant())] };
        }

        return settings.Problem() is { } problem ? throw new InvalidOperationException("Evidence:" + problem) : settings;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
