using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using SmartReview.Review;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Pages;

/// <summary>
/// The work queue a reviewer triages from, on the page and on <c>GET /api/cases</c>: sorted, counted, searched by
/// settlement and person, rules picked by name, and a bulk decision that asks to be confirmed before it decides.
/// </summary>
public sealed partial class WorkQueuePageTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    [Fact]
    public async Task WorkPage_ByAmountDescending_ListsLargestFirst_AndCountsTheList()
    {
        // Arrange
        await rig.StartedAsync(azurite);
        CaseKey small = await rig.OpenAsync(FacilityA, amount: 100m, rule: "SR-SORT");
        CaseKey large = await rig.OpenAsync(FacilityB, amount: 5000m, rule: "SR-SORT");
        CaseKey middle = await rig.OpenAsync(FacilityA, amount: 700m, rule: "SR-SORT");

        // Act
        string largest = await PageAsync(Reviewer1, "/work?stage=FirstReview&rule=SR-SORT&sort=amount&dir=desc");
        string smallest = await PageAsync(Reviewer1, "/work?stage=FirstReview&rule=SR-SORT&sort=amount&dir=asc");

        // Assert
        Assert.Equal([large.CaseId, middle.CaseId, small.CaseId], CaseIds(largest));
        Assert.Equal([small.CaseId, middle.CaseId, large.CaseId], CaseIds(smallest));
        Assert.Contains("共 3 件", largest, StringComparison.Ordinal);
        Assert.Contains("data-sort=\"amount\"", largest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkPage_RuleFilter_IsAPickerOfTheRulesInForceByName()
    {
        await rig.StartedAsync(azurite);

        string html = await PageAsync(Reviewer1, "/work?stage=FirstReview&rule=SR-001");

        Assert.Contains("<select name=\"rule\" id=\"rule-picker\"", html, StringComparison.Ordinal);
        Assert.Matches("<option value=\"SR-001\" selected=\"selected\">SR-001 [^<]*药品/医疗服务项目区分性别使用</option>", html);
        Assert.Contains("<option value=\"SR-012\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkPage_SearchBySettlementOrPerson_FindsThatCaseOnly()
    {
        await rig.StartedAsync(azurite);
        await rig.OpenAsync(FacilityA, rule: "SR-FIND");
        CaseKey wanted = await rig.OpenAsync(FacilityB, rule: "SR-FIND");
        FlagSummary flag = (await rig.Store.GetAsync(wanted, Ct))!.Case.Flag;

        string bySettlement = await PageAsync(Reviewer1, $"/work?stage=FirstReview&settlement={flag.SettlementId}");
        string byPerson = await PageAsync(Reviewer1, $"/work?stage=FirstReview&person={flag.PersonId}&sort=facility&dir=desc");

        Assert.Equal([wanted.CaseId], CaseIds(bySettlement));
        Assert.Equal([wanted.CaseId], CaseIds(byPerson));
    }

    [Fact]
    public async Task WorkPage_BulkDecision_AsksToConfirmFirst_ThenDecidesEachCase()
    {
        // Arrange
        await rig.StartedAsync(azurite);
        CaseKey[] keys = [await rig.OpenAsync(FacilityB, rule: "SR-BULK"), await rig.OpenAsync(FacilityB, rule: "SR-BULK")];
        string list = $"/work?stage=FirstReview&facility={FacilityB}&rule=SR-BULK";
        HttpClient reviewer = await rig.AsAsync(Reviewer1);
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", Token(await PageAsync(Reviewer1, list))), new("stage", "FirstReview"), new("facility", FacilityB),
            new("rule", "SR-BULK"), new("decision", "dismiss"), new("reason", "同一规则误报，病历齐全"),
        };
        form.AddRange(keys.Select(k => new KeyValuePair<string, string>("keys", k.ToString())));

        // Act
        HttpResponseMessage asked = await reviewer.PostAsync("/work?handler=Bulk", new FormUrlEncodedContent(form), Ct);
        string askedHtml = await asked.Content.ReadAsStringAsync(Ct);
        Stage[] beforeConfirming = await StagesAsync(keys);
        form.Add(new("confirmed", "true"));
        HttpResponseMessage decided = await reviewer.PostAsync("/work?handler=Bulk", new FormUrlEncodedContent(form), Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("id=\"bulk-confirm\"", askedHtml, StringComparison.Ordinal);
        Assert.Contains("将对 2 件案件作“排除疑点”", askedHtml, StringComparison.Ordinal);
        Assert.Equal([Stage.FirstReview, Stage.FirstReview], beforeConfirming);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Contains("id=\"bulk-result\"", await decided.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal([Stage.FinalDecision, Stage.FinalDecision], await StagesAsync(keys));
    }

    [Fact]
    public async Task Api_List_SortedAndCounted_AndAFacilitySeesOnlyItsOwn()
    {
        // Arrange
        await rig.StartedAsync(azurite);
        CaseKey ofA = await rig.OpenAsync(FacilityA, amount: 300m, rule: "SR-API");
        CaseKey ofB = await rig.OpenAsync(FacilityB, amount: 900m, rule: "SR-API");
        CaseKey ofALarger = await rig.OpenAsync(FacilityA, amount: 600m, rule: "SR-API");

        // Act
        JsonNode bureau = await JsonAsync(Reviewer1, "/api/cases?stage=FirstReview&rule=SR-API&sort=amount&dir=desc");
        JsonNode facility = await JsonAsync(UserOfA, "/api/cases?stage=FirstReview&rule=SR-API&sort=amount&dir=desc");
        HttpResponseMessage badSort = await (await rig.AsAsync(Reviewer1)).GetAsync("/api/cases?stage=FirstReview&sort=colour", Ct);
        HttpResponseMessage otherFacility = await (await rig.AsAsync(UserOfA)).GetAsync($"/api/cases?stage=FirstReview&facility={FacilityB}", Ct);

        // Assert
        Assert.Equal([ofB.ToString(), ofALarger.ToString(), ofA.ToString()], Keys(bureau));
        Assert.Equal((3, false), ((int)bureau["total"]!["count"]!, (bool)bureau["total"]!["atLeast"]!));
        Assert.Equal([ofALarger.ToString(), ofA.ToString()], Keys(facility));
        Assert.Equal(2, (int)facility["total"]!["count"]!);
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherFacility.StatusCode);
    }

    private async Task<Stage[]> StagesAsync(CaseKey[] keys) =>
        [.. await Task.WhenAll(keys.Select(async k => (await rig.Store.GetAsync(k, Ct))!.Case.Stage))];

    private static string[] CaseIds(string html) => [.. CaseLink().Matches(html).Select(m => m.Groups[1].Value)];

    private static string[] Keys(JsonNode list) => [.. list["items"]!.AsArray().Select(i => (string)i!["key"]!)];

    private static string Token(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    private async Task<JsonNode> JsonAsync(string user, string path) => JsonNode.Parse(await (await rig.AsAsync(user)).GetStringAsync(path, Ct))!;

    private async Task<string> PageAsync(string user, string path)
    {
        HttpResponseMessage answer = await (await rig.AsAsync(user)).GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadAsStringAsync(Ct);
    }

    [GeneratedRegex("class=\"case-link\">([^<]+)</a>")]
    private static partial Regex CaseLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
