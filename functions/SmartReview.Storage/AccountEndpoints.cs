namespace SmartReview.Storage;

/// <summary>
/// The table, blob and queue endpoints of one account, from an account URL (any one of them: the others differ only
/// in the service label, in every Azure cloud) or from an account name in the public cloud.
/// </summary>
public sealed record AccountEndpoints(Uri Table, Uri Blob, Uri Queue)
{
    private static readonly string[] Services = ["table", "blob", "queue"];

    public static AccountEndpoints From(StorageOptions options)
    {
        if (options.AccountUrl is { Length: > 0 } url)
        {
            return FromUrl(new Uri(url));
        }

        string account = options.AccountName is { Length: > 0 } name
            ? name
            : throw new ArgumentException("Storage needs a connection string, an account URL or an account name", nameof(options));
        return FromUrl(new Uri($"https://{account}.blob.core.windows.net"));
    }

    private static AccountEndpoints FromUrl(Uri url)
    {
        string[] labels = url.Host.Split('.');
        if (labels.Length < 3 || !Services.Contains(labels[1]))
        {
            throw new ArgumentException($"'{url}' is not a storage account endpoint (https://<account>.<table|blob|queue>.<suffix>)", nameof(url));
        }

        Uri With(string service) => new UriBuilder(url) { Host = string.Join('.', [labels[0], service, .. labels[2..]]), Path = "" }.Uri;
        return new AccountEndpoints(With("table"), With("blob"), With("queue"));
    }
}
