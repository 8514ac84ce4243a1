using System.Net;
using System.Text.Json.Nodes;
using SmartReview.Application.History;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Host.Tests.Support;
using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;
using SmartReview.Storage;
using SmartReview.Storage.History;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>
/// <c>POST /api/check</c> against stored stays: it reads the person's bucket (a readmission 5 days after a saved stay is
/// flagged) and records nothing (the bucket's ETag is unchanged, no case is opened). A class of its own, so its host
/// has not cached the bucket before it is seeded.
/// </summary>
public sealed class CheckHistoryTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    [Fact]
    public async Task Check_ReadmissionAfterAStoredStay_FlagsItAndChangesNoHistoryAndOpensNoCase()
    {
        // Arrange: a stay of the person at facility A, discharged 5 days before the checked admission.
        CancellationToken cancel = TestContext.Current.CancellationToken;
        await rig.StartedAsync(azurite);
        var buckets = new BlobStayBuckets(new StorageAccount(rig.Options));
        const string person = "P-CHECK-HIST";
        int bucket = PersonBuckets.Of(person, new IngestSettings().Buckets);
        var earlier = new StayRecord("S-EARLIER", person, FacilityA, new DateOnly(2024, 2, 20), new DateOnly(2024, 2, 25), 500m, 3, Scheme.Employee,
            CareSetting.Inpatient);
        Assert.True(await buckets.TrySaveAsync(new StayBucket(bucket, [earlier], null, []), cancel));
        string? before = (await buckets.LoadAsync(bucket, cancel)).Version;
        HttpClient client = await rig.AsAsync(Reviewer1);

        // Act: twice, so a stay recorded by the first would show in the second.
        JsonNode first = await CheckAsync(client, CheckSettlements.Clean(FacilityA, person, "S-CHECK-READMIT"), cancel);
        JsonNode second = await CheckAsync(client, CheckSettlements.Clean(FacilityA, person, "S-CHECK-READMIT-2"), cancel);

        // Assert
        JsonNode flag = Assert.Single(first["flags"]!.AsArray())!;
        Assert.Equal(("SR-010", "S-EARLIER"), ((string?)flag["ruleId"], (string?)flag["relatedSettlementId"]));
        Assert.Equal("S-EARLIER", (string?)Assert.Single(second["flags"]!.AsArray())!["relatedSettlementId"]);
        StayBucket after = await buckets.LoadAsync(bucket, cancel);
        Assert.Equal(before, after.Version);
        Assert.Equal(["S-EARLIER"], after.Stays.Select(s => s.SettlementId));
        JsonNode cases = await ApiRig.JsonAsync(await (await rig.AsAsync(Supervisor)).GetAsync("/api/cases?stage=FirstReview", cancel));
        Assert.Empty(cases["items"]!.AsArray());
    }

    private static async Task<JsonNode> CheckAsync(HttpClient client, string settlement, CancellationToken cancel)
    {
        using HttpResponseMessage response = await client.PostAsync("/api/check", CheckSettlements.Content(settlement), cancel);
        JsonNode body = await ApiRig.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return body;
    }
}
