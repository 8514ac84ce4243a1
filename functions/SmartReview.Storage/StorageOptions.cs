namespace SmartReview.Storage;

/// <summary>
/// Where the data lives: a connection string (Azurite, or a key-based account), or an account name reached with
/// <c>DefaultAzureCredential</c>. <see cref="Prefix"/> starts every table, container and queue name, so several
/// deployments (or test classes) can share one account.
/// </summary>
public sealed record StorageOptions
{
    public string? ConnectionString { get; init; }

    public string? AccountName { get; init; }

    public string Prefix { get; init; } = "sr";
}
