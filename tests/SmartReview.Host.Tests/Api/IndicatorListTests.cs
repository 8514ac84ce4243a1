using System.Net;
using System.Text.Json.Nodes;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>Indicator cases in the work lists beside rule cases, filtered by origin; a facility sees only its own.</summary>
public sealed class IndicatorListTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lists_IndicatorAndRuleCases_SupervisorSeesBothByOriginAndAFacilityOnlyItsOwn()
    {
        // Arrange
        await rig.StartedAsync(azurite);
        CaseKey ruleA = await rig.OpenAsync(FacilityA), ruleB = await rig.OpenAsync(FacilityB);
        CaseKey indicatorA = await rig.OpenIndicatorAsync(FacilityA), indicatorB = await rig.OpenIndicatorAsync(FacilityB);
        HttpClient supervisor = await rig.AsAsync(Supervisor);
        HttpClient facilityA = await rig.AsAsync(UserOfA);

        // Act
        JsonNode[] all = await ItemsAsync(supervisor, "/api/cases?stage=FirstReview&take=200");
        JsonNode[] indicators = await ItemsAsync(supervisor, "/api/cases?stage=FirstReview&origin=indicator");
        JsonNode[] rules = await ItemsAsync(supervisor, "/api/cases?stage=FirstReview&origin=RuleFlag");
        JsonNode[] ownOfA = await ItemsAsync(facilityA, "/api/cases");
        JsonNode[] ownIndicatorsOfA = await ItemsAsync(facilityA, "/api/cases?stage=FirstReview&origin=Indicator");
        string page = await supervisor.GetStringAsync("/work?stage=FirstReview&origin=Indicator", Ct);

        // Assert (the other test of the class adds cases of its own)
        Assert.Subset(Keys(all).ToHashSet(), Keys(ruleA, ruleB, indicatorA, indicatorB).ToHashSet());
        Assert.Equal("Indicator", (string?)all.Single(i => (string?)i["key"] == indicatorA.ToString())!["origin"]);
        Assert.All(indicators, i => Assert.Equal("Indicator", (string?)i["origin"]));
        Assert.Subset(Keys(indicators).ToHashSet(), Keys(indicatorA, indicatorB).ToHashSet());
        Assert.All(rules, i => Assert.Equal("RuleFlag", (string?)i["origin"]));
        Assert.Subset(Keys(rules).ToHashSet(), Keys(ruleA, ruleB).ToHashSet());
        Assert.All(ownOfA, i => Assert.StartsWith(FacilityA + ".", (string)i["key"]!, StringComparison.Ordinal));
        Assert.Subset(Keys(ownOfA).ToHashSet(), Keys(ruleA, indicatorA).ToHashSet());
        Assert.All(ownIndicatorsOfA, i => Assert.Equal(("Indicator", true), ((string?)i["origin"], ((string)i["key"]!).StartsWith(FacilityA + ".", StringComparison.Ordinal))));
        Assert.Contains(indicatorA.ToString(), Keys(ownIndicatorsOfA));
        Assert.Contains(indicatorB.CaseId, page, StringComparison.Ordinal);
        Assert.Contains("data-origin=\"Indicator\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(ruleA.CaseId, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await facilityA.GetAsync($"/api/cases/{indicatorB}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await facilityA.GetAsync($"/api/cases/{indicatorA}", Ct)).StatusCode);
        HttpResponseMessage bad = await supervisor.GetAsync("/api/cases?stage=FirstReview&origin=Rumour", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("origin", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appeal_IndicatorCaseOfItsOwn_FacilityAppealsAndAnotherFacilityCannot()
    {
        // Arrange: a reviewer confirms ¥10,000 of the indicator case
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenIndicatorAsync(FacilityA);
        HttpResponseMessage confirmed = await rig.CommandAsync(Reviewer1, key.ToString(), """{"command":"ConfirmFlag","amount":10000,"reason":"药占比超标"}""");
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        // Act
        HttpResponseMessage other = await rig.CommandAsync(UserOfB, key.ToString(), """{"command":"FileAppeal","statement":"数据有误","evidence":[]}""");
        HttpResponseMessage own = await rig.CommandAsync(UserOfA, key.ToString(), """{"command":"FileAppeal","statement":"三月收治重症患者较多","evidence":[]}""");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("ReReview", (string?)(await ApiRig.JsonAsync(own))["case"]!["stage"]);
    }

    private static string[] Keys(params CaseKey[] keys) => [.. keys.Select(k => k.ToString()).Order(StringComparer.Ordinal)];

    private static string[] Keys(JsonNode[] items) => [.. items.Select(i => (string)i["key"]!).Order(StringComparer.Ordinal)];

    private static async Task<JsonNode[]> ItemsAsync(HttpClient client, string path)
    {
        HttpResponseMessage response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await ApiRig.JsonAsync(response))["items"]!.AsArray().Select(i => i!)];
    }
}
