using System.IO.Compression;
using System.Text.Json;
using Azure.Data.Tables;
using SmartReview.Application.Reports;
using SmartReview.Storage.Cases;

namespace SmartReview.Storage.Reports;

/// <summary>
/// The rows of the figures table: partition <c>mark</c> (a facility changed since counted), <c>sums</c> (a facility's
/// sums as gzip JSON, with the stamp of the mark they were counted after and when), <c>meta</c> (row <c>screened</c>).
/// Rows are keyed by the facility's partition key in the cases table.
/// </summary>
internal static class FigureRows
{
    public const string Marks = "mark";
    public const string Sums = "sums";
    public const string Meta = "meta";
    public const string Screened = "screened";

    public static TableEntity Mark(string facilityId) => new(Marks, CaseRows.Partition(facilityId)) { ["FacilityId"] = facilityId };

    public static TableEntity Of(string facilityId, FigureSums sums, string? name, DateTimeOffset countedAfter, DateTimeOffset countedUtc) =>
        new(Sums, CaseRows.Partition(facilityId))
        {
            ["FacilityId"] = facilityId,
            ["Name"] = name,
            ["Sums"] = Pack(sums),
            ["CountedAfter"] = countedAfter,
            ["CountedUtc"] = countedUtc,
        };

    public static FacilityCount Count(TableEntity e) =>
        new(e.GetString("FacilityId"), e.GetString("Name"), Unpack(e.GetBinary("Sums")), e.GetDateTimeOffset("CountedUtc") ?? DateTimeOffset.MinValue);

    private static byte[] Pack(FigureSums sums)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, sums, StorageJsonContext.Default.FigureSums);
        }

        return buffer.ToArray();
    }

    private static FigureSums Unpack(byte[] packed)
    {
        using var gzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
        return JsonSerializer.Deserialize(gzip, StorageJsonContext.Default.FigureSums) ?? new FigureSums();
    }
}
