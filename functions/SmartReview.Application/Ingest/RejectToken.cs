using System.Globalization;

namespace SmartReview.Application.Ingest;

/// <summary>The page token of a batch's rejects: "{chunk}.{rejects of it already shown}", e.g. "b003-p0001.100".</summary>
internal static class RejectToken
{
    public static string Write(string chunkId, int skip) => $"{chunkId}.{skip.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The chunk and the count to skip; no chunk for no token. A token that does not read names no chunk there is (an empty last page).</summary>
    public static (string? Chunk, int Skip) Read(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return (null, 0);
        }

        int dot = token.LastIndexOf('.');
        return dot > 0 && int.TryParse(token.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int skip)
            ? (token[..dot], skip)
            : ("?", 0);
    }
}
