using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>
/// Retrospective screening through the API: <c>?asOf=</c> / <c>?basis=</c> on <c>POST /api/check</c> and
/// <c>POST /api/batches</c>. The starter pack's rules are in force from 2024-01-01.
/// </summary>
public sealed class ScreeningBasisTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>This class's host, with its queue workers on so that uploads are scored.</summary>
    private Task<ApiRig> StartedAsync() => rig.StartedAsync(azurite, new Dictionary<string, string> { ["Workers__Enabled"] = "true" });

    [Fact]
    public async Task Check_AsOf2026_FlagStatesPackAndBasis()
    {
        // Arrange
        HttpClient client = await (await StartedAsync()).AsAsync(Reviewer1);

        // Act
        using HttpResponseMessage response = await client.PostAsync("/api/check?asOf=2026-01-01", CheckSettlements.Content(CheckSettlements.Planted(FacilityA)), Ct);

        // Assert
        JsonNode body = await ApiRig.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal("as-of:2026-01-01", (string?)body["basis"]);
        JsonNode flag = Assert.Single(body["flags"]!.AsArray(), f => (string?)f!["ruleId"] == "SR-001")!;
        Assert.Equal("as-of:2026-01-01", (string?)flag["basis"]);
        Assert.Equal("Judged by rule pack starter@2026.1, as of 2026-01-01", (string?)flag["judgedByEn"]);
        Assert.Equal("判定依据：规则包 starter@2026.1，截至 2026-01-01", (string?)flag["judgedByZh"]);
        Assert.Contains(flag["explanation"]!.AsArray(), c => (string?)c!["key"] == "Check_InForce" && (bool)c["holds"]!
            && ((string?)c["textEn"])!.StartsWith("as of 2026-01-01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_AsOfBeforeThePacksRules_NoFlag()
    {
        HttpClient client = await (await StartedAsync()).AsAsync(Reviewer1);

        using HttpResponseMessage response = await client.PostAsync("/api/check?asOf=2023-12-31", CheckSettlements.Content(CheckSettlements.Planted(FacilityA)), Ct);

        JsonNode body = await ApiRig.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal("as-of:2023-12-31", (string?)body["basis"]);
        Assert.True(body["flags"]!.AsArray().Count == 0, body.ToJsonString());
    }

    [Fact]
    public async Task Check_NoBasis_FlagStatesTheDischargeDate()
    {
        HttpClient client = await (await StartedAsync()).AsAsync(Reviewer1);

        using HttpResponseMessage response = await client.PostAsync("/api/check", CheckSettlements.Content(CheckSettlements.Planted(FacilityA)), Ct);

        JsonNode body = await ApiRig.JsonAsync(response);
        JsonNode flag = Assert.Single(body["flags"]!.AsArray(), f => (string?)f!["ruleId"] == "SR-001")!;
        Assert.Equal("discharge-date:2024-03-08", (string?)flag["basis"]);
    }

    [Theory]
    [InlineData("/api/check?asOf=2026-02-30", "asOf")]
    [InlineData("/api/check?asOf=01-01-2026", "asOf")]
    [InlineData("/api/check?basis=yesterday", "basis")]
    [InlineData("/api/batches?name=bad.jsonl&asOf=2026-1-1", "asOf")]
    [InlineData("/api/batches?name=bad.jsonl&basis=current&asOf=2026-01-01", "basis")]
    public async Task Post_BadBasis_Is400ProblemNamingTheParameter(string path, string parameter)
    {
        HttpClient client = await (await StartedAsync()).AsAsync(Supervisor);

        using HttpResponseMessage response = await client.PostAsync(path, CheckSettlements.Content(CheckSettlements.Planted(FacilityA)), Ct);

        JsonNode body = await ApiRig.JsonAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parameter, (string?)body["parameter"]);
        Assert.StartsWith(parameter, (string?)body["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadBatch_AsOf_BatchRowKeepsTheBasisAndItsCasesStateIt()
    {
        // Arrange
        const string facility = "H-ASOF-BATCH";
        HttpClient client = await (await StartedAsync()).AsAsync(Supervisor);
        string line = CheckSettlements.Planted(facility, "P-ASOF-1", "S-ASOF-1").ReplaceLineEndings("");

        // Act
        using HttpResponseMessage upload = await client.PostAsync("/api/batches?name=asof.jsonl&asOf=2026-01-01",
            new StringContent(line + "\n", Encoding.UTF8, "application/x-ndjson"), Ct);
        JsonNode accepted = await ApiRig.JsonAsync(upload);
        JsonNode batch = await CompletedAsync(client, (string)accepted["upload"]!);

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        Assert.Equal("as-of:2026-01-01", (string?)accepted["basis"]);
        Assert.Equal("as-of:2026-01-01", (string?)batch["basis"]);
        Assert.True((long)batch["totals"]!["flags"]! >= 1, batch.ToJsonString());
        JsonNode page = JsonNode.Parse(await client.GetStringAsync($"/api/cases?stage=Appeal&facility={facility}&rule=SR-001", Ct))!; // definite: opens confirmed
        string key = (string)Assert.Single(page["items"]!.AsArray())!["key"]!;
        JsonNode view = JsonNode.Parse(await client.GetStringAsync($"/api/cases/{key}", Ct))!;
        Assert.Equal("as-of:2026-01-01", (string?)view["case"]!["flag"]!["basis"]);
        Assert.Equal("starter@2026.1", (string?)view["case"]!["flag"]!["pack"]);
    }

    private static async Task<JsonNode> CompletedAsync(HttpClient client, string upload)
    {
        DateTime until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            JsonArray batches = JsonNode.Parse(await client.GetStringAsync("/api/batches", Ct))!.AsArray();
            if (batches.FirstOrDefault(b => (string?)b!["source"] == upload) is { } batch && (string?)batch["status"] != "Scoring")
            {
                Assert.True((string?)batch["status"] == "Completed", batch.ToJsonString());
                return batch;
            }

            await Task.Delay(250, Ct);
        }

        throw new TimeoutException($"batch of {upload} did not complete");
    }
}
