namespace SmartReview.Application.Evidence;

/// <summary>The leading bytes each accepted type must start with, so a script renamed to .pdf is not taken for one.</summary>
public static class FileSignatures
{
    private static readonly Dictionary<string, byte[]> Magic = new(StringComparer.Ordinal)
    {
        ["application/pdf"] = "%PDF-"u8.ToArray(),
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
    };

    /// <summary>Every type whose signature is known.</summary>
    public static IEnumerable<string> Types => Magic.Keys;

    /// <summary>Whether a signature is known for <paramref name="contentType"/>.</summary>
    public static bool Known(string contentType) => Magic.ContainsKey(contentType);

    /// <summary>Whether <paramref name="head"/> starts as a file of <paramref name="contentType"/> must.</summary>
    public static bool Matches(string contentType, ReadOnlySpan<byte> head) =>
        Magic.TryGetValue(contentType, out byte[]? magic) && head.StartsWith(magic);

    /// <summary>The short name of a type for messages: "pdf", "png", "jpeg".</summary>
    public static string Short(string contentType) => contentType[(contentType.IndexOf('/', StringComparison.Ordinal) + 1)..];
}
