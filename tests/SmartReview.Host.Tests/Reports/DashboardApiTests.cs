using System.Net;
using System.Text.Json.Nodes;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Reports;

/// <summary>
/// <c>GET /api/dashboard</c> over the stored figures in a running host: a decision made through the API is in the
/// next read without any refresh; flags grouped by discharge month or by settlement (batch) month; a bad <c>months</c> is 400.
/// </summary>
public sealed class DashboardApiTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private const string Facility = "H33019999001";

    /// <summary>A loaded test machine may take longer than the default 2 s to count: the read waits for its pass.</summary>
    private static readonly Dictionary<string, string> Settings = new() { ["Reports__ReadWaitMilliseconds"] = "30000" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dashboard_AfterADecisionThroughTheApi_IsCurrentWithoutARefresh()
    {
        await rig.StartedAsync(azurite, Settings);
        CaseKey key = await rig.OpenAsync(Facility, 900m, rule: "SR-005");
        JsonNode before = await DashboardAsync("");

        HttpResponseMessage decided = await rig.CommandAsync(Reviewer1, key.ToString(), """{"command":"DismissFlag","reason":"合理收费"}""");
        JsonNode after = await DashboardAsync("");

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        // Dismissed in first review, the case waits for the final decision.
        Assert.Equal(Open(before, "FinalDecision") + 1, Open(after, "FinalDecision"));
        Assert.Equal(Open(before, "FirstReview") - 1, Open(after, "FirstReview"));
        Assert.Equal(0, (int)after["pending"]!);
        Assert.NotNull(after["countedUtc"]);
    }

    [Fact]
    public async Task Dashboard_MonthsByDischargeOrSettlement_GroupsFlagsAccordingly()
    {
        await rig.StartedAsync(azurite, Settings);
        await rig.OpenAsync(Facility, 100m, rule: "SR-006");

        JsonNode discharge = await DashboardAsync("?months=discharge");
        JsonNode settlement = await DashboardAsync("?months=settlement");

        string thisMonth = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("Discharge", (string)discharge["months"]!);
        Assert.Contains(discharge["byMonth"]!.AsArray(), m => (string)m!["month"]! == "2024-02" && (int)m["flags"]! > 0);
        Assert.Equal("Settlement", (string)settlement["months"]!);
        Assert.Contains(settlement["byMonth"]!.AsArray(), m => (string)m!["month"]! == thisMonth && (int)m["flags"]! > 0);
        Assert.DoesNotContain(settlement["byMonth"]!.AsArray(), m => (string)m!["month"]! == "2024-02" && (int)m["flags"]! > 0);
    }

    [Fact]
    public async Task Dashboard_UnknownMonths_Is400NamingTheParameter()
    {
        await rig.StartedAsync(azurite, Settings);

        HttpResponseMessage response = await (await rig.AsAsync(Supervisor)).GetAsync("/api/dashboard?months=opening", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("months", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private async Task<JsonNode> DashboardAsync(string query)
    {
        HttpResponseMessage response = await (await rig.AsAsync(Supervisor)).GetAsync("/api/dashboard" + query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ApiRig.JsonAsync(response);
    }

    private static int Open(JsonNode d, string stage) => (int)d["ageing"]!.AsArray().Single(a => (string)a!["stage"]! == stage)!["open"]!;
}
