using Microsoft.Extensions.Configuration;

namespace SmartReview.Storage;

/// <summary>
/// Where the data lives: a connection string (Azurite, or a key-based account); or, reached with
/// <c>DefaultAzureCredential</c>, an account URL (any of its service endpoints, e.g.
/// <c>https://name.blob.core.chinacloudapi.cn</c> in Azure China) or an account name in Azure's public cloud.
/// <see cref="Prefix"/> starts every table, container and queue name, so several deployments (or test classes) can
/// share one account.
/// </summary>
public sealed record StorageOptions
{
    public string? ConnectionString { get; init; }

    public string? AccountName { get; init; }

    public string? AccountUrl { get; init; }

    public string Prefix { get; init; } = "sr";

    /// <summary>The <c>Storage</c> section; an empty value counts as unset.</summary>
    public static StorageOptions From(IConfiguration config)
    {
        StorageOptions options = config.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        return options with
        {
            ConnectionString = NullIfEmpty(options.ConnectionString),
            AccountName = NullIfEmpty(options.AccountName),
            AccountUrl = NullIfEmpty(options.AccountUrl),
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
