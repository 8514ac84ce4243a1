using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmartReview.Knowledge.Reporting;

/// <summary>The report as JSON (snake_case, Chinese kept readable), through a source-generated context.</summary>
internal static class ReportJson
{
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Write(ImportReport report) => JsonSerializer.Serialize(report, Context.ImportReport) + "\n";
}

[JsonSerializable(typeof(ImportReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
