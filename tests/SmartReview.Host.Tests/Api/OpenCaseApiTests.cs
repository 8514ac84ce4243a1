using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary><c>POST /api/cases</c>: who opens which kind of case, what must read, and an inspection case to a receipt.</summary>
public sealed class OpenCaseApiTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private const string Inspection = $$"""{"origin":"Inspection","facilityId":"{{FacilityA}}","settlementId":"S000000000077","amount":2000,"statement":"飞行检查：虚记检验项目"}""";
    private const string ReportOfA = $$"""{"origin":"SelfReport","facilityId":"{{FacilityA}}","amount":300.5,"statement":"自查：重复收取诊查费，主动退回"}""";
    private const string ReportOfB = $$"""{"origin":"SelfReport","facilityId":"{{FacilityB}}","amount":300.5,"statement":"代他院自查"}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Supervisor, Inspection, HttpStatusCode.Created)]
    [InlineData(Reviewer1, Inspection, HttpStatusCode.Forbidden)]
    [InlineData(Panel1, Inspection, HttpStatusCode.Forbidden)]
    [InlineData(Admin, Inspection, HttpStatusCode.Forbidden)]
    [InlineData(UserOfA, Inspection, HttpStatusCode.Forbidden)]
    [InlineData(Anonymous, Inspection, HttpStatusCode.Unauthorized)]
    [InlineData(UserOfA, ReportOfA, HttpStatusCode.Created)]
    [InlineData(UserOfA, ReportOfB, HttpStatusCode.Forbidden)]
    [InlineData(Supervisor, ReportOfA, HttpStatusCode.Forbidden)]
    [InlineData(Reviewer1, ReportOfA, HttpStatusCode.Forbidden)]
    public async Task Open_ByRole_OnlySupervisorsOpenFindingsAndAFacilityFilesItsOwnReport(string user, string body, HttpStatusCode expected)
    {
        // Arrange
        await KnownFacilityAsync();

        // Act
        HttpResponseMessage response = await OpenAsync(user, body);

        // Assert
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Created)
        {
            JsonNode created = await ApiRig.JsonAsync(response);
            Assert.Equal($"/api/cases/{created["key"]}", response.Headers.Location?.OriginalString);
            Assert.StartsWith($"{FacilityA}.M", (string?)created["key"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Open_SelfReportWithoutAFacility_FiledForTheUsersOwn()
    {
        // Arrange
        await KnownFacilityAsync();

        // Act
        JsonNode created = await ApiRig.JsonAsync(await OpenAsync(UserOfB, """{"origin":"SelfReport","amount":88,"statement":"自查退回"}"""));

        // Assert
        Assert.Equal((FacilityB, "FirstReview", "SelfReport"),
            ((string?)created["case"]!["flag"]!["facilityId"], (string?)created["case"]!["stage"], (string?)created["case"]!["flag"]!["origin"]));
        HttpResponseMessage other = await (await rig.AsAsync(UserOfA)).GetAsync($"/api/cases/{created["key"]}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Theory]
    [InlineData("""{"origin":"Inspection","facilityId":"H33010000001","amount":0,"statement":"x"}""", "amount")]
    [InlineData("""{"origin":"Inspection","facilityId":"H33010000001","amount":12.345,"statement":"x"}""", "amount")]
    [InlineData("""{"origin":"Inspection","facilityId":"H33010000001","amount":12,"statement":" "}""", "statement")]
    [InlineData("""{"origin":"Inspection","facilityId":"H99999999999","amount":12,"statement":"x"}""", "facilityId")]
    [InlineData("""{"origin":"Tip","amount":12,"statement":"x"}""", "facilityId")]
    [InlineData("""{"origin":"RandomSample","facilityId":"H33010000001","settlementId":"S 1","amount":12,"statement":"x"}""", "settlementId")]
    [InlineData("""{"origin":"RuleFlag","facilityId":"H33010000001","amount":12,"statement":"x"}""", "origin")]
    public async Task Open_InputThatDoesNotRead_400NamingTheField(string body, string field)
    {
        // Arrange
        await KnownFacilityAsync();

        // Act
        HttpResponseMessage response = await OpenAsync(Supervisor, body);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonNode problem = await ApiRig.JsonAsync(response);
        Assert.Equal(field, (string?)problem["field"]);
        Assert.False(string.IsNullOrEmpty((string?)problem["messageZh"]));
    }

    [Fact]
    public async Task InspectionCase_TwofoldPenaltyWithAgreementAction_FacilitySeesWhatItOwesAndAReceiptMovesIt()
    {
        // Arrange
        await KnownFacilityAsync();
        string key = (string)(await ApiRig.JsonAsync(await OpenAsync(Supervisor, Inspection)))["key"]!;
        await Expect(UserOfA, key, """{"command":"AcceptDecision"}""");

        // Act
        HttpResponseMessage byTheFinder = await rig.CommandAsync(Supervisor, key, """{"command":"FinaliseDecision","reason":"处罚"}""");
        await Expect(Supervisor2, key, """
            {"command":"FinaliseDecision","reason":"依第三十八条处2倍罚款并约谈","sanctions":{"penalty":{"basis":"art38","amount":4000},
             "agreement":[{"measure":"Interview"}]}}
            """);
        JsonNode before = await OwedCaseAsync(key);
        await Expect(Supervisor, key, """{"command":"RecordReceipt","against":"Penalty","amount":1500,"method":"Deduction","reference":"2026-12 拨付扣减"}""");
        JsonNode after = await OwedCaseAsync(key);

        // Assert
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byTheFinder.StatusCode);
        Assert.Equal((2000m, 4000m, 6000m), Kinds(before["outstanding"]!));
        Assert.Equal((2000m, 2500m, 4500m), Kinds(after["outstanding"]!));
        Assert.Equal((0m, 1500m, 1500m), Kinds(after["received"]!));
        Assert.Equal((decimal)after["due"]!["total"]!, (decimal)after["received"]!["total"]! + (decimal)after["outstanding"]!["total"]!);
    }

    [Fact]
    public async Task SelfReport_AcceptedByAReviewerThroughTheCommands_TheFacilityOwesItsRefund()
    {
        // Arrange
        await KnownFacilityAsync();
        string key = (string)(await ApiRig.JsonAsync(await OpenAsync(UserOfA, ReportOfA)))["key"]!;

        // Act
        HttpResponseMessage asFlag = await rig.CommandAsync(Reviewer1, key, """{"command":"ConfirmFlag","amount":300.5,"reason":"确认"}""");
        await Expect(Reviewer1, key, """{"command":"AcceptReport","reason":"自查金额属实"}""");

        // Assert
        Assert.Equal(HttpStatusCode.UnprocessableEntity, asFlag.StatusCode);
        JsonNode line = await OwedCaseAsync(key);
        Assert.Equal((300.5m, 0m, 300.5m), Kinds(line["outstanding"]!));
        Assert.Equal("SELF-REPORT", (string?)line["ruleId"]);
    }

    /// <summary>The case's line of what facility A owes, as facility A reads it.</summary>
    private async Task<JsonNode> OwedCaseAsync(string key)
    {
        JsonNode owed = await ApiRig.JsonAsync(await (await rig.AsAsync(UserOfA)).GetAsync("/api/ledger/owed", Ct));
        return owed["cases"]!.AsArray().Single(c => $"{FacilityA}.{c!["caseId"]}" == key)!;
    }

    private static (decimal, decimal, decimal) Kinds(JsonNode amounts) =>
        ((decimal)amounts["recovery"]!, (decimal)amounts["penalty"]!, (decimal)amounts["total"]!);

    /// <summary>Facility A is known to the bureau once one of its settlements is flagged.</summary>
    private async Task KnownFacilityAsync()
    {
        await rig.StartedAsync(azurite);
        await rig.OpenAsync(FacilityA);
    }

    private async Task<HttpResponseMessage> OpenAsync(string user, string body) =>
        await (user == Anonymous ? rig.NewClient() : await rig.AsAsync(user)).PostAsync("/api/cases", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

    private async Task Expect(string user, string key, string command)
    {
        HttpResponseMessage response = await rig.CommandAsync(user, key, command);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {command}: {response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }
}
