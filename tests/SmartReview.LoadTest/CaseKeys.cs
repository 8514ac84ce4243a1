using System.Text.Json;

namespace SmartReview.LoadTest;

/// <summary>Keys of cases in first review, read from the work list page by page, for the decisions mode.</summary>
internal static class CaseKeys
{
    public static async Task<List<string>> FirstReviewAsync(HttpClient client, int count)
    {
        var keys = new List<string>();
        string? continuation = null;
        do
        {
            string url = "/api/cases?stage=FirstReview&take=500" + (continuation is null ? "" : "&continuation=" + Uri.EscapeDataString(continuation));
            using JsonDocument page = JsonDocument.Parse(await client.GetStringAsync(url));
            keys.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("key").GetString()!));
            continuation = page.RootElement.TryGetProperty("continuation", out JsonElement next) ? next.GetString() : null;
        }
        while (continuation is not null && keys.Count < count);

        return keys.Count >= count ? keys[..count] : throw new InvalidOperationException($"only {keys.Count} cases in first review, {count} needed");
    }

    /// <summary>
    /// A first-review decision on case <paramref name="key"/>, as the commands endpoint takes it: a dismissal (the case
    /// goes to the final decision) or a confirmation of one fen (to the facility's appeal window); either starts the
    /// case's orchestration.
    /// </summary>
    public static (string Path, byte[] Body) Decision(string key, string decision) =>
        ($"/api/cases/{Uri.EscapeDataString(key)}/commands", decision switch
        {
            "dismiss" => """{"command":"DismissFlag","reason":"负载测试 load test"}"""u8.ToArray(),
            "confirm" => """{"command":"ConfirmFlag","amount":0.01,"reason":"负载测试 load test"}"""u8.ToArray(),
            _ => throw new ArgumentException($"--decision {decision}: dismiss or confirm"),
        });
}
