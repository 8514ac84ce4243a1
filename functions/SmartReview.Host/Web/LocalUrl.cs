namespace SmartReview.Host.Web;

/// <summary>
/// Whether a URL stays on this site: a path starting with one <c>/</c> (not <c>//</c> or <c>/\</c>, which browsers read
/// as another host) and without control characters — the rule <c>LocalRedirect</c> enforces, asked before, not thrown.
/// </summary>
internal static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
