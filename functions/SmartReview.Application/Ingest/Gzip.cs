using System.IO.Compression;

namespace SmartReview.Application.Ingest;

/// <summary>Whole-buffer gzip at the fastest level: batch files move through storage compressed (JSON shrinks about 7 times).</summary>
internal static class Gzip
{
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var compressed = new MemoryStream(data.Length / 4 + 64);
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return compressed.ToArray();
    }

    public static byte[] Decompress(byte[] data)
    {
        using var output = new MemoryStream(data.Length * 4);
        using (var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress))
        {
            gzip.CopyTo(output);
        }

        return output.ToArray();
    }
}
