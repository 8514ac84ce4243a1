using System.IO.Compression;
using SmartReview.National.Export;

namespace SmartReview.Storage.Tests.Support;

/// <summary>National extracts for ingest tests: settlements written as the five tables, changed as a test needs, zipped.</summary>
internal static class TestExtracts
{
    /// <summary>The settlements written as the five tables (rows shuffled), changed by <paramref name="edit"/> (given the folder), zipped.</summary>
    public static async Task<byte[]> ZipAsync(byte[] jsonl, Action<string>? edit = null)
    {
        CancellationToken cancel = TestContext.Current.CancellationToken;
        string folder = Directory.CreateTempSubdirectory("sr-extract-").FullName;
        try
        {
            await NationalTables.WriteAsync(new MemoryStream(jsonl), folder, cancel: cancel);
            edit?.Invoke(folder);
            using var zip = new MemoryStream();
            await ZipFile.CreateFromDirectoryAsync(folder, zip, CompressionLevel.Fastest, includeBaseDirectory: false, cancel);
            return zip.ToArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
