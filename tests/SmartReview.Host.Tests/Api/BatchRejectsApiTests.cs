using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>
/// <c>POST /api/batches</c> names its batch (200 for a file that is one already, 400 for a gzip file cut short), and
/// <c>GET /api/batches/{id}/rejects</c> and <c>…/rejects.jsonl</c> show what was rejected.
/// </summary>
public sealed class BatchRejectsApiTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<ApiRig> StartedAsync() => rig.StartedAsync(azurite, new Dictionary<string, string> { ["Workers__Enabled"] = "true" });

    [Fact]
    public async Task Upload_WithRejects_BatchIdAnswersAndRejectsAreListedAndDownloaded()
    {
        HttpClient client = await (await StartedAsync()).AsAsync(Supervisor);
        string good = CheckSettlements.Clean("H-REJ-1", "P-REJ-1", "S-REJ-1").ReplaceLineEndings("");
        string file = $"{good}\n{{broken\n{good}\n";

        using HttpResponseMessage upload = await client.PostAsync("/api/batches?name=rejects.jsonl", new StringContent(file, Encoding.UTF8), Ct);
        JsonNode accepted = await ApiRig.JsonAsync(upload);
        string id = (string)accepted["batchId"]!;
        using HttpResponseMessage atOnce = await client.GetAsync($"/api/batches/{id}", Ct);
        JsonNode batch = await CompletedAsync(client, id);
        JsonNode page = JsonNode.Parse(await client.GetStringAsync($"/api/batches/{id}/rejects?take=1", Ct))!;
        JsonNode rest = JsonNode.Parse(await client.GetStringAsync($"/api/batches/{id}/rejects?take=1&page={Uri.EscapeDataString((string)page["next"]!)}", Ct))!;
        using HttpResponseMessage download = await client.GetAsync($"/api/batches/{id}/rejects.jsonl", Ct);
        using HttpResponseMessage again = await client.PostAsync("/api/batches?name=again.jsonl", new StringContent(file, Encoding.UTF8), Ct);

        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        Assert.Equal($"/api/batches/{id}", upload.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, atOnce.StatusCode);
        Assert.Equal((3L, 1L, 2L), ((long)batch["totals"]!["received"]!, (long)batch["totals"]!["accepted"]!, (long)batch["totals"]!["rejected"]!));
        Assert.Equal([2L, 3L], new[] { page, rest }.Select(p => (long)p["items"]![0]!["lineNumber"]!));
        Assert.Equal("settlement S-REJ-1 already at line 1", (string?)rest["items"]![0]!["reason"]);
        Assert.Null(rest["next"]);
        Assert.Equal(2, (await download.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal($"{id}.rejects.jsonl", download.Content.Headers.ContentDisposition?.FileName);
        JsonNode known = await ApiRig.JsonAsync(again);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((id, "Completed", true), ((string)known["batchId"]!, (string)known["status"]!, (bool)known["alreadyUploaded"]!));
    }

    [Fact]
    public async Task Upload_GzipCutShort_400WithTheReason()
    {
        HttpClient client = await (await StartedAsync()).AsAsync(Supervisor);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(CheckSettlements.Clean("H-REJ-2").ReplaceLineEndings("") + "\n"));
        }

        using HttpResponseMessage upload = await client.PostAsync("/api/batches?name=cut.jsonl.gz", new ByteArrayContent(compressed.ToArray()[..^6]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Contains("cut short", (string?)(await ApiRig.JsonAsync(upload))["detail"]);
    }

    [Theory]
    [InlineData(Reviewer1, HttpStatusCode.Forbidden)]
    [InlineData(UserOfA, HttpStatusCode.Forbidden)]
    [InlineData(Supervisor, HttpStatusCode.NotFound)]
    public async Task Rejects_OnlyOversight_404ForAnUnknownBatch(string user, HttpStatusCode expected)
    {
        HttpClient client = await (await StartedAsync()).AsAsync(user);

        using HttpResponseMessage page = await client.GetAsync("/api/batches/Bnone/rejects", Ct);
        using HttpResponseMessage download = await client.GetAsync("/api/batches/Bnone/rejects.jsonl", Ct);

        Assert.Equal((expected, expected), (page.StatusCode, download.StatusCode));
    }

    private static async Task<JsonNode> CompletedAsync(HttpClient client, string id)
    {
        DateTime until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            using HttpResponseMessage response = await client.GetAsync($"/api/batches/{id}", Ct);
            if (response.StatusCode == HttpStatusCode.OK && await ApiRig.JsonAsync(response) is { } batch && (string?)batch["status"] is "Completed" or "Failed")
            {
                return batch;
            }

            await Task.Delay(250, Ct);
        }

        throw new TimeoutException($"batch {id} not done");
    }
}
