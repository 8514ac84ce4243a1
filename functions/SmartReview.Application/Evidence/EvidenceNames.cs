using System.Buffers;
using SmartReview.Application.Cases;

namespace SmartReview.Application.Evidence;

/// <summary>
/// Blob names of evidence: <c>{facility}/{case}/{32 hex}</c>, the ids escaped so neither holds a '/'. A name is only
/// ever accepted in exactly that shape for the case asked about, so no name can reach another case's files.
/// </summary>
public static class EvidenceNames
{
    private const int IdLength = 32;
    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdef");

    public static string New(CaseKey key) => Prefix(key) + Guid.NewGuid().ToString("n");

    /// <summary>Whether <paramref name="blobName"/> is an evidence name of this case.</summary>
    public static bool IsOf(CaseKey key, string? blobName)
    {
        string prefix = Prefix(key);
        return blobName is not null && blobName.Length == prefix.Length + IdLength && blobName.StartsWith(prefix, StringComparison.Ordinal)
            && !blobName.AsSpan(prefix.Length).ContainsAnyExcept(Hex);
    }

    private static string Prefix(CaseKey key) => $"{Uri.EscapeDataString(key.FacilityId)}/{Uri.EscapeDataString(key.CaseId)}/";
}
