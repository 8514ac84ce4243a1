using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Reports;

/// <summary>
/// The dashboard and the three exports over cases decided through the API, seeded once for the class: A has a case
/// confirmed 800, a definite 500 appealed and overturned, a case confirmed 300 then corrected to 250.50; B a case
/// confirmed 700 with a 2× fine (1,400) and 700 received against the recovery. The ledger: A +800 +300 −300 +250.50 =
/// 1,050.50 due; B +700 and +1,400 due, 700 received.
/// </summary>
public sealed class ReportApiTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static ApiRig? _seeded;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string ThisMonth => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task LedgerExport_OneFacility_PostingsAndTotalRow()
    {
        await SeedAsync();

        XlsxSheet sheet = await ExportAsync($"/api/exports/ledger.xlsx?facility={FacilityA}");

        Assert.Equal("追回罚没台账 Ledger", sheet.Name);
        Assert.Equal(["医疗机构 Facility", "机构名称 Facility name", "月份 Month", "案件编号 Case", "规则 Rule", "规则名称 Rule name", "序号 Seq", "款项 Kind",
            "冲抵款项 Against", "到账方式 Method", "凭证号 Voucher", "应缴 Due", "到账 Received"], sheet.Rows[0]);
        List<IReadOnlyList<string?>> body = [.. sheet.Body];
        Assert.Equal(6, sheet.Rows.Count);
        Assert.Equal([-300m, 250.5m, 300m, 800m], body[..^1].Select(r => XlsxSheet.Number(r[11])).Order());
        Assert.All(body[..^1], r => Assert.Equal((FacilityA, ThisMonth), (r[0], r[2])));
        Assert.All(body[..^1], r => Assert.Equal("追回 Recovery", r[7]));
        Assert.Equal("合计 Total", body[^1][0]);
        Assert.Equal(1050.5m, XlsxSheet.Number(body[^1][11]));
        Assert.Equal("A1:M5", sheet.AutoFilter);
    }

    [Fact]
    public async Task LedgerExport_AllFacilitiesThisMonth_TotalIsTheWholeLedger()
    {
        await SeedAsync();

        XlsxSheet sheet = await ExportAsync($"/api/exports/ledger.xlsx?month={ThisMonth}");
        XlsxSheet earlier = await ExportAsync("/api/exports/ledger.xlsx?month=2000-01");

        Assert.Equal(9, sheet.Rows.Count);
        Assert.Equal((3150.5m, 700m), (XlsxSheet.Number(sheet.Rows[^1][11]), XlsxSheet.Number(sheet.Rows[^1][12])));
        IReadOnlyList<string?> receipt = Assert.Single(sheet.Body, r => r[7] == "到账 Receipt");
        Assert.Equal(["追回 Recovery", "拨付扣减 Deduction", "拨付扣减"], receipt.Skip(8).Take(3));
        Assert.Equal((null, 700m), (receipt[11], XlsxSheet.Number(receipt[12])));
        Assert.Equal(1400m, XlsxSheet.Number(Assert.Single(sheet.Body, r => r[7] == "罚款 Penalty")[11]));
        Assert.Equal(2, earlier.Rows.Count);
        Assert.Equal(0m, XlsxSheet.Number(earlier.Rows[^1][11]));
    }

    [Fact]
    public async Task FlagsExport_OneFacility_OneRowPerCaseInChineseAndEnglish()
    {
        await SeedAsync();

        XlsxSheet sheet = await ExportAsync($"/api/exports/flags.xlsx?facility={FacilityA}");

        Assert.Equal("规则 Rule", sheet.Rows[0][6]);
        Assert.Equal(4, sheet.Rows.Count);
        IReadOnlyList<string?> overturned = Assert.Single(sheet.Body, r => r[9] == "明确违规 Definite");
        Assert.Equal(500m, XlsxSheet.Number(overturned[10]));
        Assert.Equal(["结案 Closed", "不予认定 Dismissed"], overturned.Skip(11).Take(2));
        Assert.Null(overturned[13]);
        Assert.Equal([250.5m, 800m], sheet.Body.Where(r => r[12] == "认定违规 Confirmed").Select(r => XlsxSheet.Number(r[13])).Order());
        Assert.All(sheet.Body, r => Assert.InRange(DateTime.FromOADate(double.Parse(r[14]!, CultureInfo.InvariantCulture)),
            DateTime.UtcNow.AddHours(7), DateTime.UtcNow.AddHours(9)));
    }

    [Fact]
    public async Task DecisionsExport_OneFacility_OneRowPerEvent()
    {
        await SeedAsync();

        XlsxSheet sheet = await ExportAsync($"/api/exports/decisions.xlsx?facility={FacilityA}&month={ThisMonth}");

        Assert.Equal(1 + 3 + 3 + 4, sheet.Rows.Count); // the openings left out
        IReadOnlyList<string?> correction = Assert.Single(sheet.Body, r => r[2] == "更正决定 Decision corrected");
        Assert.Equal(["sup-1", "监管人员 Supervisor"], correction.Skip(3).Take(2));
        Assert.Equal("更正金额", correction[6]);
        Assert.Equal(250.5m, XlsxSheet.Number(correction[7]));
        Assert.Contains(sheet.Body, r => r[2] == "提出申诉 Appeal filed" && r[6] == "有医嘱" && r[4] == "医疗机构 Facility");
    }

    [Theory]
    [InlineData("/api/exports/flags.xlsx?month=2024-13")]
    [InlineData("/api/exports/decisions.xlsx?month=2024-1")]
    [InlineData("/api/exports/ledger.xlsx?month=march")]
    public async Task Export_BadMonth_Is400ProblemDetails(string path)
    {
        await rig.StartedAsync(azurite);

        HttpResponseMessage response = await (await rig.AsAsync(Supervisor)).GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Dashboard_Seeded_FunnelReconcilesWithTheLedger()
    {
        await SeedAsync();

        JsonNode d = await ApiRig.JsonAsync(await (await rig.AsAsync(Admin)).GetAsync("/api/dashboard", Ct));

        JsonNode funnel = d["funnel"]!;
        Assert.Equal(4, (int)funnel["flags"]!);
        Assert.Equal(3, (int)funnel["confirmed"]!);
        Assert.Equal(1750.5m, (decimal)funnel["confirmedAmount"]!);
        Assert.Equal(1750.5m, (decimal)funnel["recovered"]!);
        JsonNode ledger = d["ledger"]!;
        Assert.Equal((1750.5m, 1400m, 0m), ((decimal)ledger["due"]!["recovery"]!, (decimal)ledger["due"]!["penalty"]!, (decimal)ledger["due"]!["damages"]!));
        Assert.Equal((700m, 2450.5m), ((decimal)ledger["received"]!["recovery"]!, (decimal)ledger["outstanding"]!["total"]!));
        JsonNode a = d["byFacility"]!.AsArray().Single(f => (string)f!["facilityId"]! == FacilityA)!;
        Assert.Equal(1, (int)a["appealed"]!);
        Assert.Equal(1m, (decimal)a["overturnRate"]!);
        Assert.Equal("FirstReview", (string)d["ageing"]![0]!["stage"]!);
    }

    /// <summary>Gets an export as the supervisor: 200, the xlsx type, a file name with today's date; read back.</summary>
    private async Task<XlsxSheet> ExportAsync(string path)
    {
        HttpResponseMessage response = await (await rig.AsAsync(Supervisor)).GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        string today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.EndsWith($"-{today}.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
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

            string k1 = (await rig.OpenAsync(FacilityA, 1000m)).ToString();
            await Do(Reviewer1, k1, """{"command":"ConfirmFlag","amount":800,"reason":"超标准收费"}""");
            await Do(UserOfA, k1, """{"command":"AcceptDecision"}""");
            await Do(Supervisor, k1, """{"command":"FinaliseDecision","reason":"维持"}""");

            string k2 = (await rig.OpenAsync(FacilityA, 500m, definite: true)).ToString();
            await Do(UserOfA, k2, """{"command":"FileAppeal","statement":"有医嘱","evidence":[]}""");
            await Do(Reviewer2, k2, """{"command":"OverturnDecision","reason":"医嘱齐全"}""");
            await Do(Supervisor, k2, """{"command":"FinaliseDecision","reason":"维持"}""");

            string k3 = (await rig.OpenAsync(FacilityA, 300m, rule: "SR-002")).ToString();
            await Do(Reviewer1, k3, """{"command":"ConfirmFlag","amount":300,"reason":"重复收费"}""");
            await Do(UserOfA, k3, """{"command":"AcceptDecision"}""");
            await Do(Supervisor, k3, """{"command":"FinaliseDecision","reason":"维持"}""");
            await Do(Supervisor, k3, """{"command":"CorrectDecision","outcome":"Confirmed","amount":250.50,"reason":"更正金额"}""");

            string k4 = (await rig.OpenAsync(FacilityB, 700m)).ToString();
            await Do(Reviewer1, k4, """{"command":"ConfirmFlag","amount":700,"reason":"超标准收费"}""");
            await Do(UserOfB, k4, """{"command":"AcceptDecision"}""");
            await Do(Supervisor, k4, """{"command":"FinaliseDecision","reason":"维持","sanctions":{"penalty":{"basis":"art38","amount":1400}}}""");
            await Do(Supervisor, k4, """{"command":"RecordReceipt","against":"Recovery","amount":700,"method":"Deduction","reference":"拨付扣减"}""");
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
}
