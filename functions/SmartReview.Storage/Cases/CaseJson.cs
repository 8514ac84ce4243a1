using System.Text.Encodings.Web;
using System.Text.Json;
using SmartReview.Review;

namespace SmartReview.Storage.Cases;

/// <summary>
/// The review flow's JSON as stored in table properties: Chinese written as is rather than as \u escapes, which would
/// more than double the size of a case's messages (and every byte counts against 64 KiB per property).
/// </summary>
internal static class CaseJson
{
    public static ReviewJsonContext Context { get; } =
        new(new JsonSerializerOptions(ReviewJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
