using System.Text.RegularExpressions;

namespace SmartReview.Host.Api;

/// <summary>Blob names for uploads: a new guid, then the client's file name reduced to letters, digits, '.', '_' and '-'.</summary>
internal static partial class UploadNames
{
    private const int MaxName = 100;

    public static string New(string? original)
    {
        string name = Unsafe().Replace(Path.GetFileName(original ?? ""), "_");
        name = name.Length == 0 ? "upload" : name[..Math.Min(name.Length, MaxName)];
        return $"{Guid.NewGuid():n}-{name}";
    }

    [GeneratedRegex(@"[^\p{L}\p{N}._-]")]
    private static partial Regex Unsafe();
}
