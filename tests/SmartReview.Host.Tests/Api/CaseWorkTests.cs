using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>Claims, assignments, queue filters, the next case and bulk decisions through the API of a real host.</summary>
public sealed class CaseWorkTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    [Fact]
    public async Task Claim_TwoReviewersAtOnce_OneGets200TheOther409_UntilTheSupervisorAssigns()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA, rule: "SR-CLAIM");
        HttpClient one = await rig.AsAsync(Reviewer1);
        HttpClient two = await rig.AsAsync(Reviewer2);

        HttpResponseMessage[] both = await Task.WhenAll(one.PostAsync($"/api/cases/{key}/claim", null, Ct), two.PostAsync($"/api/cases/{key}/claim", null, Ct));
        HttpResponseMessage reviewerAssigns = await PostJsonAsync(two, $"/api/cases/{key}/assign", """{"userId":"rev-2"}""");
        HttpResponseMessage assigned = await PostJsonAsync(await rig.AsAsync(Supervisor), $"/api/cases/{key}/assign", """{"userId":"rev-2"}""");
        string list = await two.GetStringAsync("/api/cases?stage=FirstReview&rule=SR-CLAIM&assignee=me", Ct);
        JsonNode shown = JsonNode.Parse(await two.GetStringAsync($"/api/cases/{key}", Ct))!;
        HttpResponseMessage released = await two.DeleteAsync($"/api/cases/{key}/claim", Ct);
        string none = await two.GetStringAsync("/api/cases?stage=FirstReview&rule=SR-CLAIM&assignee=none", Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        Assert.Equal(HttpStatusCode.Forbidden, reviewerAssigns.StatusCode);
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Contains($"\"key\":\"{key}\"", list, StringComparison.Ordinal);
        Assert.Contains("\"assigneeId\":\"rev-2\"", list, StringComparison.Ordinal);
        Assert.Equal(("rev-2", "sup-1"), ((string?)shown["assignment"]?["userId"], (string?)shown["assignment"]?["assignedBy"]));
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Contains($"\"key\":\"{key}\"", none, StringComparison.Ordinal);
        Assert.Single(await rig.Store.EventsAsync(key, Ct));
    }

    [Theory]
    [InlineData("ghost-user", 422)]
    [InlineData(UserOfB, 422)]
    [InlineData(Panel1, 422)]
    [InlineData(Admin, 422)]
    [InlineData(Reviewer2, 200)]
    public async Task Assign_FirstReviewToAnyoneButAReviewer_Is422(string userId, int expected)
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA, rule: "SR-ASSIGNEE");

        HttpResponseMessage assigned = await PostJsonAsync(await rig.AsAsync(Supervisor), $"/api/cases/{key}/assign", $$"""{"userId":"{{userId}}"}""");
        JsonNode shown = JsonNode.Parse(await (await rig.AsAsync(Supervisor)).GetStringAsync($"/api/cases/{key}", Ct))!;

        Assert.Equal(expected, (int)assigned.StatusCode);
        Assert.Equal(expected == 200 ? userId : null, (string?)shown["assignment"]?["userId"]);
    }

    [Fact]
    public async Task Hold_IsAdvisory_AnotherReviewerDecides_AndTheHoldLapsesWithTheStage()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA, rule: "SR-HOLD");
        HttpResponseMessage held = await (await rig.AsAsync(Reviewer1)).PostAsync($"/api/cases/{key}/claim", null, Ct);

        HttpResponseMessage decided = await rig.CommandAsync(Reviewer2, key.ToString(), """{"command":"ConfirmFlag","amount":800,"reason":"收费超标"}""");
        JsonNode shown = JsonNode.Parse(await (await rig.AsAsync(Reviewer1)).GetStringAsync($"/api/cases/{key}", Ct))!;

        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("Appeal", (string?)shown["case"]?["stage"]);
        Assert.Null(shown["assignment"]);
    }

    [Fact]
    public async Task Queue_ByMinAmountAndDueBefore_FiltersThePage()
    {
        await rig.StartedAsync(azurite);
        CaseKey small = await rig.OpenAsync(FacilityA, amount: 100m, rule: "SR-FILTER");
        CaseKey large = await rig.OpenAsync(FacilityB, amount: 5000m, rule: "SR-FILTER");
        HttpClient reviewer = await rig.AsAsync(Reviewer1);

        string atLeast = await reviewer.GetStringAsync("/api/cases?stage=FirstReview&rule=SR-FILTER&minAmount=1000", Ct);
        string dueByTomorrow = await reviewer.GetStringAsync($"/api/cases?stage=FirstReview&rule=SR-FILTER&dueBefore={DateTime.UtcNow.AddDays(2):yyyy-MM-dd}", Ct);
        string dueInAYear = await reviewer.GetStringAsync($"/api/cases?stage=FirstReview&rule=SR-FILTER&dueBefore={DateTime.UtcNow.AddYears(1):yyyy-MM-dd}", Ct);
        HttpResponseMessage badDate = await reviewer.GetAsync("/api/cases?stage=FirstReview&dueBefore=soon", Ct);

        Assert.DoesNotContain(small.CaseId, atLeast, StringComparison.Ordinal);
        Assert.Contains(large.CaseId, atLeast, StringComparison.Ordinal);
        Assert.DoesNotContain(small.CaseId, dueByTomorrow, StringComparison.Ordinal);
        Assert.Contains(small.CaseId, dueInAYear, StringComparison.Ordinal);
        Assert.Contains(large.CaseId, dueInAYear, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
    }

    [Fact]
    public async Task Next_GivesAFreeCaseClaimedForTheCaller_Or204()
    {
        await rig.StartedAsync(azurite);
        await rig.OpenAsync(FacilityA, rule: "SR-NEXT");
        HttpClient reviewer = await rig.AsAsync(Reviewer1);

        HttpResponseMessage next = await reviewer.GetAsync("/api/cases/next?stage=FirstReview", Ct);
        string key = (string)(await ApiRig.JsonAsync(next))["key"]!;
        string mine = await reviewer.GetStringAsync("/api/cases?stage=FirstReview&assignee=me&take=200", Ct);
        HttpResponseMessage none = await reviewer.GetAsync("/api/cases/next?stage=Panel", Ct);
        HttpResponseMessage noStage = await reviewer.GetAsync("/api/cases/next", Ct);

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Contains($"\"key\":\"{key}\"", mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noStage.StatusCode);
    }

    [Fact]
    public async Task Bulk_OverMixedStages_ListsEachCase_AndAcrossRulesIs422()
    {
        await rig.StartedAsync(azurite);
        CaseKey[] first = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => rig.OpenAsync(FacilityA, rule: "SR-BULK")));
        CaseKey appeal = await rig.OpenAsync(FacilityA, definite: true, rule: "SR-BULK");
        CaseKey otherRule = await rig.OpenAsync(FacilityA, rule: "SR-OTHER");
        HttpClient reviewer = await rig.AsAsync(Reviewer1);
        string keys = string.Join(',', first.Append(appeal).Select(k => $"\"{k}\""));

        HttpResponseMessage bulk = await PostJsonAsync(reviewer, "/api/cases/bulk", $$$"""{"keys":[{{{keys}}}],"command":{"command":"DismissFlag","reason":"同一规则误报"}}""");
        JsonArray items = (await ApiRig.JsonAsync(bulk))["items"]!.AsArray();
        HttpResponseMessage mixed = await PostJsonAsync(reviewer, "/api/cases/bulk",
            $$$"""{"keys":["{{{first[0]}}}","{{{otherRule}}}"],"command":{"command":"DismissFlag","reason":"误报"}}""");

        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        Assert.Equal(first.Append(appeal).Select(k => k.ToString()), items.Select(i => (string)i!["key"]!));
        Assert.Equal(["done", "done", "done", "refused"], items.Select(i => (string)i!["status"]!));
        Assert.Equal("WrongStage", (string)items[3]!["code"]!);
        Assert.Equal((HttpStatusCode)422, mixed.StatusCode);
        Assert.Single(await rig.Store.EventsAsync(otherRule, Ct));
    }

    [Fact]
    public async Task FacilityUser_EveryWorkEndpoint_Is403()
    {
        await rig.StartedAsync(azurite);
        CaseKey own = await rig.OpenAsync(FacilityA);
        HttpClient facility = await rig.AsAsync(UserOfA);

        HttpResponseMessage[] answers =
        [
            await facility.PostAsync($"/api/cases/{own}/claim", null, Ct),
            await facility.DeleteAsync($"/api/cases/{own}/claim", Ct),
            await PostJsonAsync(facility, $"/api/cases/{own}/assign", """{"userId":"fac-1"}"""),
            await facility.GetAsync("/api/cases/next?stage=Appeal", Ct),
            await PostJsonAsync(facility, "/api/cases/bulk", $$$"""{"keys":["{{{own}}}"],"command":{"command":"AcceptDecision"}}"""),
            await facility.GetAsync("/api/cases?assignee=me", Ct),
        ];

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode));
        Assert.Single(await rig.Store.EventsAsync(own, Ct));
    }

    private static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, string json) =>
        await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), Ct);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
