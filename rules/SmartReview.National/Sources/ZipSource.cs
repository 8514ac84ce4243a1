using System.IO.Compression;

namespace SmartReview.National.Sources;

/// <summary>The <c>.csv</c> / <c>.txt</c> entries of a zip (a file or a seekable stream, such as an upload spooled to disk).</summary>
public sealed class ZipSource : IExtractSource, IDisposable
{
    private readonly ZipArchive _zip;

    /// <summary>Opens the zip file at <paramref name="path"/>.</summary>
    public ZipSource(string path)
        : this(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), leaveOpen: false)
    {
    }

    /// <summary>Reads the zip from <paramref name="zip"/>, which must be seekable.</summary>
    public ZipSource(Stream zip, bool leaveOpen)
    {
        _zip = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen);
        Files = [.. _zip.Entries
            .Where(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.FullName, StringComparer.Ordinal)
            .Select(e => new ExtractFile(e.FullName, e.Length, e.Open))];
    }

    /// <inheritdoc />
    public IReadOnlyList<ExtractFile> Files { get; }

    /// <inheritdoc />
    public void Dispose() => _zip.Dispose();
}
