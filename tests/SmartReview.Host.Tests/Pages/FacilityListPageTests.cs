using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using SmartReview.Review;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Pages;

/// <summary>
/// The facility clerk's list (<c>/facility</c>) and its API: searched by settlement and person across every stage of
/// the facility's own cases only, each row with the settlement, the person and the discharge date, and a closed case
/// with its final outcome and what it made due, received and leaves outstanding.
/// </summary>
public sealed partial class FacilityListPageTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    [Fact]
    public async Task FacilityPage_SearchBySettlementOrPerson_FindsTheCaseInAnyStage_WithSettlementPersonAndDischarge()
    {
        // Arrange
        await rig.StartedAsync(azurite);
        CaseKey wanted = await rig.OpenAsync(FacilityA);
        await rig.OpenAsync(FacilityA);
        FlagSummary flag = (await rig.Store.GetAsync(wanted, Ct))!.Case.Flag;

        // Act: the case is in first review, not on the default (appeal) tab, yet a search finds it
        string bySettlement = await PageAsync(UserOfA, $"/facility?settlement={flag.SettlementId}");
        string byPerson = await PageAsync(UserOfA, $"/facility?person=%20{flag.PersonId}%20");

        // Assert
        Assert.Equal([wanted.CaseId], CaseIds(bySettlement));
        Assert.Equal([wanted.CaseId], CaseIds(byPerson));
        Assert.Contains($"<td class=\"settlement\">{flag.SettlementId}</td>", bySettlement, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"person\">{flag.PersonId}</td>", bySettlement, StringComparison.Ordinal);
        Assert.Contains("<td class=\"discharge\">2024-02-28</td>", bySettlement, StringComparison.Ordinal);
        Assert.Contains("已在全部阶段中查找", bySettlement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacilitySearch_SamePersonAtTwoFacilities_EachFacilitySeesOnlyItsOwnCase()
    {
        // Arrange: one person treated at both facilities
        await rig.StartedAsync(azurite);
        string person = $"P-BOTH-{Guid.NewGuid():N}";
        CaseKey ofA = await rig.OpenAsync(FacilityA, person: person);
        CaseKey ofB = await rig.OpenAsync(FacilityB, person: person);
        string settlementOfA = (await rig.Store.GetAsync(ofA, Ct))!.Case.Flag.SettlementId;

        // Act
        string pageOfB = await PageAsync(UserOfB, $"/facility?person={person}");
        string otherSettlement = await PageAsync(UserOfB, $"/facility?settlement={settlementOfA}");
        JsonNode apiOfB = await JsonAsync(UserOfB, $"/api/cases?person={person}");
        JsonNode apiOfBForA = await JsonAsync(UserOfB, $"/api/cases?settlement={settlementOfA}");
        JsonNode bureau = await JsonAsync(Reviewer1, $"/api/cases?stage=FirstReview&person={person}");

        // Assert
        Assert.Equal([ofB.CaseId], CaseIds(pageOfB));
        Assert.Empty(CaseIds(otherSettlement));
        Assert.Contains("没有找到符合条件的案件", otherSettlement, StringComparison.Ordinal);
        JsonNode item = Assert.Single(apiOfB["items"]!.AsArray())!;
        Assert.Equal((ofB.ToString(), person, "2024-02-28"), ((string)item["key"]!, (string)item["personId"]!, (string)item["discharge"]!));
        Assert.Empty(apiOfBForA["items"]!.AsArray());
        Assert.Equal(2, bureau["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task FacilityPage_ClosedCase_ShowsTheFinalOutcomeAndWhatItOwes_NotAProposal()
    {
        // Arrange: confirmed 800 with a 2× fine (1,600), 300 received against the recovery
        await rig.StartedAsync(azurite);
        string key = (await rig.OpenAsync(FacilityA, 1000m)).ToString();
        await Do(Reviewer1, key, """{"command":"ConfirmFlag","amount":800,"reason":"超标准收费"}""");
        await Do(UserOfA, key, """{"command":"AcceptDecision"}""");
        await Do(Supervisor, key, """{"command":"FinaliseDecision","reason":"维持","sanctions":{"penalty":{"basis":"art38","amount":1600}}}""");
        await Do(Supervisor, key, """{"command":"RecordReceipt","against":"Recovery","amount":300,"method":"Deduction","reference":"2025-01 拨付"}""");
        string caseId = CaseKey.TryParse(key, out CaseKey parsed) ? parsed.CaseId : throw new InvalidOperationException(key);

        // Act
        string closed = await PageAsync(UserOfA, "/facility?stage=Closed");
        string english = await EnglishPageAsync(UserOfA, "/facility?stage=Closed");

        // Assert
        string row = Row(closed, caseId);
        Assert.Contains("<span class=\"final\">最终结论 · 确认违规</span> ¥800.00", row, StringComparison.Ordinal);
        Assert.DoesNotContain("拟定结论", row, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num owed-due\">¥2,400.00</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num owed-received\">¥300.00</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num owed-outstanding\">¥2,100.00</td>", row, StringComparison.Ordinal);
        Assert.Contains("<span class=\"final\">Final decision · Confirmed</span>", Row(english, caseId), StringComparison.Ordinal);
    }

    private async Task Do(string user, string key, string command)
    {
        HttpResponseMessage response = await rig.CommandAsync(user, key, command);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {command}: {response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>The row of one case in the list of cases (not in the statement of what is owed above it).</summary>
    private static string Row(string html, string caseId)
    {
        int list = html.IndexOf("id=\"facility-cases\"", StringComparison.Ordinal);
        int start = html.IndexOf($"data-case=\"{caseId}\"", list, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for {caseId}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static string[] CaseIds(string html) => [.. CaseLink().Matches(html).Select(m => m.Groups[1].Value)];

    private async Task<JsonNode> JsonAsync(string user, string path) => JsonNode.Parse(await (await rig.AsAsync(user)).GetStringAsync(path, Ct))!;

    private async Task<string> PageAsync(string user, string path) => await PageAsync(await rig.AsAsync(user), path);

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        HttpResponseMessage answer = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>A page read by <paramref name="user"/> signed in anew on a client of its own that chose English.</summary>
    private async Task<string> EnglishPageAsync(string user, string path)
    {
        using HttpClient client = rig.NewClient();
        await client.PostAsync("/api/auth/login", new StringContent($$"""{"user":"{{user}}","password":"{{Password}}"}""", Encoding.UTF8, "application/json"), Ct);
        await client.GetAsync("/lang/en", Ct);
        return await PageAsync(client, path);
    }

    [GeneratedRegex("class=\"case-link\">([^<]+)</a>")]
    private static partial Regex CaseLink();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
