using SmartReview.Application.Ingest;
using SmartReview.Review;
using SmartReview.Rules.Engine;
using SmartReview.Storage;

namespace SmartReview.Functions;

/// <summary>
/// Reads the app settings as <c>SmartReview.Host</c> does (<c>Storage__Prefix</c> is <c>Storage:Prefix</c>); what is
/// missing keeps its default.
/// </summary>
internal static class Settings
{
    private const string DefaultPack = "packs/starter/pack.json";

    public static StorageOptions StorageOptions(this IConfiguration config)
    {
        StorageOptions options = config.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        return options with
        {
            ConnectionString = NullIfEmpty(options.ConnectionString),
            AccountName = NullIfEmpty(options.AccountName),
            AccountUrl = NullIfEmpty(options.AccountUrl),
        };
    }

    public static IngestSettings IngestSettings(this IConfiguration config) =>
        config.GetSection("Ingest").Get<IngestSettings>() ?? new IngestSettings();

    public static ReviewSettings ReviewSettings(this IConfiguration config) =>
        config.GetSection("Review").Get<ReviewSettings>() ?? new ReviewSettings();

    /// <summary>The claim names of <c>Auth:IdClaim</c>, <c>Auth:RoleClaim</c>, <c>Auth:FacilityClaim</c>, as in the host.</summary>
    public static CallerClaims CallerClaims(this IConfiguration config) =>
        config.GetSection("Auth").Get<CallerClaims>() ?? new CallerClaims();

    /// <summary>Loads and compiles the pack at <c>Packs:Path</c> (relative to the app's folder); an invalid pack stops the app at start.</summary>
    public static CompiledPack Pack(this IConfiguration config) =>
        PackCompiler.Load(Path.GetFullPath(NullIfEmpty(config["Packs:Path"]) ?? DefaultPack, AppContext.BaseDirectory));

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
