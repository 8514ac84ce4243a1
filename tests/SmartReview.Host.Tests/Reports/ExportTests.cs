using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using SmartReview.Storage;
using SmartReview.Storage.Cases;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Reports;

/// <summary>
/// The exports as people use them: the work queue's filters and order, fitted columns, an autofilter and a frozen
/// header, rule and facility names beside the codes, the decisions without the openings unless asked for and with
/// panel votes and evidence names, and a facility's export holding its own cases only. Seeded once for the class:
/// in first review, A's SR-002 cases at 300 and 900 and B's at 600, A's SR-003 at 500; A's SR-001 case at 8,000
/// appealed with an evidence file, upheld, voted 7,000 / dismissed / 6,000 by the panel (decided: confirmed 6,000).
/// </summary>
public sealed class ExportTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private const string NameOfA = "测试第一人民医院";
    private const string NameOfB = "测试第二人民医院";
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static ApiRig? _seeded;
    private static Seeded _cases = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FlagsExport_QueueFiltersAndOrder_RowsAsTheQueueListsThem_WithNamesWidthsFilterAndFrozenHeader()
    {
        await SeedAsync();

        XlsxSheet sheet = await ExportAsync(Reviewer1, "/api/exports/flags.xlsx?stage=FirstReview&rule=SR-002&sort=amount&dir=desc");

        Assert.Equal([_cases.Large.ToString(), _cases.OfB.ToString(), _cases.Small.ToString()], sheet.Body.Select(r => r[0]));
        Assert.Equal([900m, 600m, 300m], sheet.Body.Select(r => XlsxSheet.Number(r[10])));
        Assert.All(sheet.Body, r => Assert.Equal(("SR-002", "药品/医疗服务项目儿童专用"), (r[6], r[7])));
        Assert.Equal([NameOfA, NameOfB, NameOfA], sheet.Body.Select(r => r[5]));
        Assert.Equal(("机构名称 Facility name", "规则名称 Rule name"), (sheet.Rows[0][5], sheet.Rows[0][7]));
        Assert.Equal("A1:P4", sheet.AutoFilter);
        Assert.Equal("'疑点 Flags'!$A$1:$P$4", sheet.FilterName);
        Assert.Equal(1d, sheet.FrozenRows);
        Assert.All(sheet.Widths, w => Assert.InRange(w!.Value, 6d, 60d));
        Assert.True(sheet.Widths[0] > sheet.Widths[9], $"the case key ({sheet.Widths[0]}) is wider than the definite column ({sheet.Widths[9]})");
        Assert.True(sheet.Widths[7] >= 2 * "药品/医疗服务项目儿童专用".Length, $"a Chinese name counts two a character: {sheet.Widths[7]}");
    }

    [Fact]
    public async Task WorkPage_ExportLink_ExportsWhatTheListShows_FiltersAndOrderIncluded()
    {
        await SeedAsync();
        HttpClient reviewer = await rig.AsAsync(Reviewer1);
        string html = await reviewer.GetStringAsync("/work?stage=FirstReview&rule=SR-002&minAmount=500&sort=amount&dir=desc", Ct);
        string link = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "href=\"([^\"]+)\" id=\"export-list\"").Groups[1].Value);

        XlsxSheet sheet = await ExportAsync(Reviewer1, link);

        Assert.StartsWith("/api/exports/flags.xlsx?", link, StringComparison.Ordinal);
        Assert.Equal([_cases.Large.ToString(), _cases.OfB.ToString()], sheet.Body.Select(r => r[0]));
    }

    [Fact]
    public async Task FlagsExport_SearchBySettlementOrPerson_ThatCaseOnly()
    {
        await SeedAsync();

        XlsxSheet bySettlement = await ExportAsync(Supervisor, $"/api/exports/flags.xlsx?settlement={_cases.SettlementOfSmall}");
        XlsxSheet byPerson = await ExportAsync(Supervisor, $"/api/exports/flags.xlsx?stage=FirstReview&person={_cases.PersonOfSmall}&sort=rule");

        Assert.Equal([_cases.Small.ToString()], bySettlement.Body.Select(r => r[0]));
        Assert.Equal([_cases.Small.ToString()], byPerson.Body.Select(r => r[0]));
        Assert.Equal((_cases.SettlementOfSmall, _cases.PersonOfSmall), (byPerson.Body.Single()[2], byPerson.Body.Single()[3]));
    }

    [Fact]
    public async Task DecisionsExport_OpeningsLeftOutByDefault_KeptWhenAsked_WithVotesAndEvidenceNames()
    {
        await SeedAsync();

        XlsxSheet plain = await ExportAsync(Supervisor, $"/api/exports/decisions.xlsx?facility={FacilityA}");
        XlsxSheet withOpened = await ExportAsync(Supervisor, $"/api/exports/decisions.xlsx?facility={FacilityA}&opened=true");
        XlsxSheet oneCase = await ExportAsync(Supervisor, $"/api/exports/decisions.xlsx?rule=SR-001");

        Assert.DoesNotContain(plain.Body, r => r[2] == "立案 Case opened");
        Assert.Equal(4, withOpened.Body.Count(r => r[2] == "立案 Case opened"));
        Assert.Equal(plain.Rows.Count + 4, withOpened.Rows.Count);
        Assert.Equal(["表决 Vote", "证明材料 Evidence"], plain.Rows[0].Skip(8));
        Assert.Equal(["认定违规 Confirmed", "不予认定 Dismissed", "认定违规 Confirmed"],
            plain.Body.Where(r => r[2] == "合议投票 Vote cast").OrderBy(r => int.Parse(r[1]!, CultureInfo.InvariantCulture)).Select(r => r[8]));
        Assert.Equal("认定违规 Confirmed", Assert.Single(plain.Body, r => r[2] == "合议结论 Panel decided")[8]);
        Assert.Equal("入院记录 第1页.pdf", Assert.Single(plain.Body, r => r[2] == "提出申诉 Appeal filed")[9]);
        Assert.All(oneCase.Body, r => Assert.Equal(_cases.Panel.ToString(), r[0]));
        Assert.Equal(7, oneCase.Body.Count()); // confirmed, appealed, upheld, three votes, decided
    }

    [Fact]
    public async Task Export_FacilityUser_HoldsOnlyItsOwnCases_AndAnotherFacilityIsForbidden()
    {
        await SeedAsync();

        XlsxSheet flagsOfA = await ExportAsync(UserOfA, "/api/exports/flags.xlsx");
        XlsxSheet decisionsOfB = await ExportAsync(UserOfB, "/api/exports/decisions.xlsx?opened=true");
        XlsxSheet searchedByB = await ExportAsync(UserOfB, $"/api/exports/flags.xlsx?stage=FirstReview&settlement={_cases.SettlementOfSmall}");
        HttpResponseMessage otherFacility = await (await rig.AsAsync(UserOfA)).GetAsync($"/api/exports/ledger.xlsx?facility={FacilityB}", Ct);
        HttpResponseMessage panel = await (await rig.AsAsync(Panel1)).GetAsync("/api/exports/flags.xlsx", Ct);
        HttpResponseMessage assignee = await (await rig.AsAsync(UserOfA)).GetAsync("/api/exports/flags.xlsx?stage=FirstReview&assignee=none", Ct);

        Assert.Equal(4, flagsOfA.Body.Count());
        Assert.All(flagsOfA.Body, r => Assert.Equal(FacilityA, r[4]));
        Assert.Equal([_cases.OfB.ToString()], decisionsOfB.Body.Select(r => r[0]));
        Assert.Empty(searchedByB.Body);
        Assert.Equal(HttpStatusCode.Forbidden, otherFacility.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, panel.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, assignee.StatusCode);
    }

    [Theory]
    [InlineData("/api/exports/flags.xlsx?sort=amount", "sort")]
    [InlineData("/api/exports/flags.xlsx?stage=Closed&sort=due&dir=desc", "sort")]
    [InlineData("/api/exports/flags.xlsx?stage=Nowhere", "stage")]
    [InlineData("/api/exports/decisions.xlsx?opened=maybe", "opened")]
    [InlineData("/api/exports/ledger.xlsx?month=2025-13", "month")]
    [InlineData("/api/exports/flags.xlsx?minAmount=-1", "minAmount")]
    [InlineData("/api/exports/flags.xlsx?dueBefore=tomorrow", "dueBefore")]
    [InlineData("/api/exports/flags.xlsx?assignee=me", "assignee")]
    public async Task Export_BadParameter_Is400NamingIt(string path, string parameter)
    {
        await rig.StartedAsync(azurite);

        HttpResponseMessage response = await (await rig.AsAsync(Supervisor)).GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, (string?)(await ApiRig.JsonAsync(response))["parameter"]);
    }

    /// <summary>Gets an export: 200, the xlsx type; read back.</summary>
    private async Task<XlsxSheet> ExportAsync(string user, string path)
    {
        using HttpResponseMessage response = await (await rig.AsAsync(user)).GetAsync(path, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        return XlsxSheet.Read(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    private async Task SeedAsync()
    {
        await rig.StartedAsync(azurite);
        await Seeding.WaitAsync(Ct);
        try
        {
            if (ReferenceEquals(_seeded, rig))
            {
                return;
            }

            await new TableFacilityNames(new StorageAccount(rig.Options)).RecordAsync(
                new Dictionary<string, string> { [FacilityA] = NameOfA, [FacilityB] = NameOfB }, Ct);
            CaseKey small = await rig.OpenAsync(FacilityA, 300m, rule: "SR-002");
            CaseKey large = await rig.OpenAsync(FacilityA, 900m, rule: "SR-002");
            CaseKey ofB = await rig.OpenAsync(FacilityB, 600m, rule: "SR-002");
            await rig.OpenAsync(FacilityA, 500m, rule: "SR-003");
            CaseKey panel = await rig.OpenAsync(FacilityA, 8000m, rule: "SR-001");
            string key = panel.ToString();
            await Do(Reviewer1, key, """{"command":"ConfirmFlag","amount":8000,"reason":"重复收费"}""");
            JsonNode file = await ApiRig.JsonAsync(await rig.UploadEvidenceAsync(UserOfA, key, "入院记录 第1页.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray()));
            await Do(UserOfA, key, $$"""{"command":"FileAppeal","statement":"医嘱齐全","evidence":[{{file.ToJsonString()}}]}""");
            await Do(Reviewer2, key, """{"command":"UpholdDecision","reason":"证据不足以推翻"}""");
            await Do("pan-1", key, """{"command":"CastVote","vote":"Confirmed","amount":7000,"reason":"超标准"}""");
            await Do("pan-2", key, """{"command":"CastVote","vote":"Dismissed","reason":"医嘱齐全"}""");
            await Do("pan-3", key, """{"command":"CastVote","vote":"Confirmed","amount":6000,"reason":"部分超标准"}""");
            Review.FlagSummary flag = (await rig.Store.GetAsync(small, Ct))!.Case.Flag;
            _cases = new Seeded(small, large, ofB, panel, flag.SettlementId, flag.PersonId);
            _seeded = rig;
        }
        finally
        {
            Seeding.Release();
        }
    }

    private async Task Do(string user, string key, string command)
    {
        HttpResponseMessage response = await rig.CommandAsync(user, key, command);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {command}: {response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private sealed record Seeded(CaseKey Small, CaseKey Large, CaseKey OfB, CaseKey Panel, string SettlementOfSmall, string PersonOfSmall);
}
