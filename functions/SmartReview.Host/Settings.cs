using SmartReview.Application.Evidence;
using SmartReview.Application.Ingest;
using SmartReview.Host.Auth;
using SmartReview.Host.Durable;
using SmartReview.Host.Workers;
using SmartReview.Review;
using SmartReview.Rules.Engine;
using SmartReview.Storage;

namespace SmartReview.Host;

/// <summary>
/// Reads the host's configuration sections (appsettings.json, then environment variables such as
/// <c>Storage__ConnectionString</c>, then the command line): what is missing keeps its default.
/// </summary>
internal static class Settings
{
    private const string DefaultPack = "packs/local/pack.json";

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

    public static WorkerSettings WorkerSettings(this IConfiguration config) =>
        config.GetSection("Workers").Get<WorkerSettings>() ?? new WorkerSettings();

    public static DurableSettings DurableSettings(this IConfiguration config)
    {
        DurableSettings settings = config.GetSection("Durable").Get<DurableSettings>() ?? new DurableSettings();
        return settings with { TaskHub = NullIfEmpty(settings.TaskHub) };
    }

    public static AuthSettings AuthSettings(this IConfiguration config)
    {
        AuthSettings settings = config.GetSection("Auth").Get<AuthSettings>() ?? new AuthSettings();
        return settings with
        {
            Authority = NullIfEmpty(settings.Authority),
            Audience = NullIfEmpty(settings.Audience),
            KeyCertificate = NullIfEmpty(settings.KeyCertificate),
        };
    }

    /// <summary>Evidence limits from <c>Evidence:MaxBytes</c> and <c>Evidence:AllowedTypes</c>; a limit that cannot be used stops the host at start.</summary>
    public static EvidenceSettings EvidenceSettings(this IConfiguration config)
    {
        IConfigurationSection section = config.GetSection("Evidence");
        var settings = new EvidenceSettings(section.GetValue("MaxBytes", Application.Evidence.EvidenceSettings.DefaultMaxBytes));
        if (section.GetSection("AllowedTypes").Get<string[]>() is { Length: > 0 } types)
        {
            settings = settings with { AllowedTypes = [.. types.Select(t => t.Trim().ToLowerInvariant())] };
        }

        return settings.Problem() is { } problem ? throw new InvalidOperationException("Evidence:" + problem) : settings;
    }

    /// <summary>Loads and compiles the pack at <c>Packs:Path</c> (relative to the host's folder); an invalid pack stops the host at start.</summary>
    public static CompiledPack Pack(this IConfiguration config) =>
        PackCompiler.Load(Path.GetFullPath(NullIfEmpty(config["Packs:Path"]) ?? DefaultPack, AppContext.BaseDirectory));

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
