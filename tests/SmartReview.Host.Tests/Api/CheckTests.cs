using System.Net;
using System.Text.Json.Nodes;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary><c>POST /api/check</c>: flags with explanations by the starter pack, 400 naming the field, and who may check what.</summary>
public sealed class CheckTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    [Fact]
    public async Task Check_PlantedViolation_ReturnsTheFlagAndItsExplanation()
    {
        // Arrange
        HttpClient client = await (await rig.StartedAsync(azurite)).AsAsync(Reviewer1);

        // Act
        using HttpResponseMessage response = await client.PostAsync("/api/check", CheckSettlements.Content(CheckSettlements.Planted(FacilityA)),
            TestContext.Current.CancellationToken);

        // Assert
        JsonNode body = await ApiRig.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal("starter@2026.1", (string?)body["pack"]);
        JsonNode flag = Assert.Single(body["flags"]!.AsArray(), f => (string?)f!["ruleId"] == "SR-001")!;
        Assert.Equal(["1"], flag["lineIds"]!.AsArray().Select(l => (string?)l));
        Assert.Contains("阿帕他胺片", (string?)flag["messageZh"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)flag["messageEn"]));
        JsonArray explanation = flag["explanation"]!.AsArray();
        Assert.NotEmpty(explanation);
        Assert.All(explanation, c => Assert.False(string.IsNullOrEmpty((string?)c!["textEn"])));
        Assert.Contains(explanation, c => (bool)c!["holds"]! && (string?)c["key"] != "Check_Enabled");
    }

    [Fact]
    public async Task Check_CleanSettlement_ReturnsNoFlags()
    {
        HttpClient client = await (await rig.StartedAsync(azurite)).AsAsync(Supervisor);

        using HttpResponseMessage response = await client.PostAsync("/api/check", CheckSettlements.Content(CheckSettlements.Clean(FacilityA)),
            TestContext.Current.CancellationToken);

        JsonNode body = await ApiRig.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal("S-CHECK-CLEAN", (string?)body["settlementId"]);
        Assert.True(body["flags"]!.AsArray().Count == 0, body.ToJsonString());
    }

    [Fact]
    public async Task Check_InvalidSettlement_Is400NamingTheField()
    {
        HttpClient client = await (await rig.StartedAsync(azurite)).AsAsync(Admin);
        string invalid = CheckSettlements.Clean(FacilityA).Replace("\"quantity\":1", "\"quantity\":-1", StringComparison.Ordinal);

        using HttpResponseMessage response = await client.PostAsync("/api/check", CheckSettlements.Content(invalid), TestContext.Current.CancellationToken);

        JsonNode body = await ApiRig.JsonAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("lines[0].quantity", (string?)body["field"]);
        Assert.False(string.IsNullOrEmpty((string?)body["reason"]));
    }

    public static TheoryData<string, string, int> Matrix() => new()
    {
        { Anonymous, FacilityA, 401 },
        { Reviewer1, FacilityA, 200 },
        { Panel1, FacilityA, 403 },
        { Supervisor, FacilityB, 200 },
        { Admin, FacilityB, 200 },
        { UserOfA, FacilityA, 200 },
        { UserOfA, FacilityB, 403 },
        { UserOfB, FacilityA, 403 },
        { UserOfB, FacilityB, 200 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Check_ByRoleAndFacility_AllowedOrDenied(string user, string facility, int expected)
    {
        HttpClient client = await (await rig.StartedAsync(azurite)).AsAsync(user);

        using HttpResponseMessage response = await client.PostAsync("/api/check", CheckSettlements.Content(CheckSettlements.Planted(facility)),
            TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
    }
}
