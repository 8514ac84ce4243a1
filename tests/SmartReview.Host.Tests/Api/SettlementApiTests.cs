using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using SmartReview.Review;
using SmartReview.Storage;
using SmartReview.Storage.Batches;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary><c>GET /api/cases/{key}/settlement</c>: the kept settlement with the flag's lines marked; 404 when not kept or not visible.</summary>
public sealed class SettlementApiTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Settlement_KeptCase_LinesWithFlaggedMarks()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await OpenKeptAsync(FacilityA, "S-KEPT-A");

        foreach (string user in new[] { UserOfA, Reviewer1, Panel1, Supervisor, Admin })
        {
            HttpResponseMessage response = await (await rig.AsAsync(user)).GetAsync($"/api/cases/{key}/settlement", Ct);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            JsonNode view = await ApiRig.JsonAsync(response);
            Assert.Equal(("S-KEPT-A", FacilityA, "Female", 65, 97.00m), (view["settlementId"]!.GetValue<string>(), view["facilityId"]!.GetValue<string>(),
                view["sex"]!.GetValue<string>(), view["age"]!.GetValue<int>(), view["total"]!.GetValue<decimal>()));
            Assert.Equal(("2024-03-01", "2024-03-08"), (view["admission"]!.GetValue<string>(), view["discharge"]!.GetValue<string>()));
            Assert.Equal("J18.900", view["diagnoses"]![0]!["code"]!.GetValue<string>());
            JsonArray lines = view["lines"]!.AsArray();
            Assert.Equal(["1", "2"], lines.Select(l => l!["lineId"]!.GetValue<string>()));
            Assert.Equal([true, false], lines.Select(l => l!["flagged"]!.GetValue<bool>()));
            Assert.Equal(("阿帕他胺片", 2m, 30.50m, 61.00m), (lines[0]!["name"]!.GetValue<string>(), lines[0]!["quantity"]!.GetValue<decimal>(),
                lines[0]!["unitPrice"]!.GetValue<decimal>(), lines[0]!["amount"]!.GetValue<decimal>()));
        }
    }

    [Fact]
    public async Task Settlement_CaseOpenedBeforeSettlementsWereKept_404NotKept()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA);

        HttpResponseMessage response = await (await rig.AsAsync(Reviewer1)).GetAsync($"/api/cases/{key}/settlement", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Settlement not kept", (await ApiRig.JsonAsync(response))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Settlement_OtherFacility_404ForEveryKey()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await OpenKeptAsync(FacilityA, "S-KEPT-B");
        HttpClient b = await rig.AsAsync(UserOfB);

        foreach (string asKey in new[] { key.ToString(), new CaseKey(FacilityB, key.CaseId).ToString() })
        {
            HttpResponseMessage response = await b.GetAsync($"/api/cases/{asKey}/settlement", Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("S-KEPT-B", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    /// <summary>A case whose settlement is kept as ingest keeps it: a gzip file of flagged settlements (another one first), the case row pointing to it.</summary>
    private async Task<CaseKey> OpenKeptAsync(string facility, string settlementId)
    {
        string staging = $"runs/{Guid.NewGuid():n}";
        const string file = "b0000-p0000.r1.settlements.jsonl.gz";
        string lines = CheckSettlements.Clean(facility, id: "S-OTHER").ReplaceLineEndings(" ") + "\n" + CheckSettlements.Planted(facility, id: settlementId).ReplaceLineEndings(" ") + "\n";
        using var gz = new MemoryStream();
        using (var gzip = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(lines));
        }

        await new BlobBatchFiles(new StorageAccount(rig.Options)).WriteAsync(staging, file, gz.ToArray(), Ct);
        var flag = new FlagSummary($"F{Guid.NewGuid():N}", settlementId, facility, "P-CHECK-1", "SR-001", "starter@test", false, 61m, ["1"],
            "测试标记", "test flag", null, null, new DateOnly(2024, 3, 8));
        (ReviewCase c, CaseEvent opened) = ReviewFlow.Open(flag, DateTimeOffset.UtcNow, new ReviewSettings(), WorkingCalendar.China);
        await rig.Store.OpenAsync([new OpenedCase(c, opened, new CaseSource(staging, file))], Ct);
        return new CaseKey(facility, c.CaseId);
    }
}
