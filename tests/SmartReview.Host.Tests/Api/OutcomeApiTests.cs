using System.Net;
using System.Text.Json.Nodes;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>Sanctions and receipts through the commands endpoint; what a facility owes and the sanction rules through theirs.</summary>
public sealed class OutcomeApiTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PenaltyAndReceipt_ThroughTheApi_OwedByKindForTheBureauAndTheFacilityOnly()
    {
        // Arrange
        string key = await AwaitingFinalDecisionAsync();

        // Act
        await Expect(Supervisor, key, """
            {"command":"FinaliseDecision","reason":"处2倍罚款","sanctions":{"penalty":{"basis":"art38","amount":2000},
             "agreement":[{"measure":"LiquidatedDamages","amount":500},{"measure":"SuspendDepartment","months":6,"department":"骨科"}],
             "referrals":["Police"]}}
            """);
        await Expect(Supervisor, key, """{"command":"RecordReceipt","against":"Penalty","amount":1500,"method":"Deduction","reference":"2025-01 拨付"}""");
        HttpResponseMessage over = await rig.CommandAsync(Supervisor, key, """{"command":"RecordReceipt","against":"Penalty","amount":500.01,"method":"Transfer","reference":"TX"}""");

        // Assert: the overpayment is 422 with its code
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.StatusCode);
        Assert.Equal("ExceedsOutstanding", (string?)(await ApiRig.JsonAsync(over))["code"]);

        // Assert: what is owed, for the bureau and for the facility itself
        foreach (string user in new[] { Supervisor, UserOfA })
        {
            string query = user == UserOfA ? "" : $"?facility={FacilityA}";
            JsonNode owed = await ApiRig.JsonAsync(await (await rig.AsAsync(user)).GetAsync($"/api/ledger/owed{query}", Ct));
            Assert.Equal((1000m, 2000m, 500m), Kinds(owed["due"]!));
            Assert.Equal((0m, 1500m, 0m), Kinds(owed["received"]!));
            Assert.Equal((1000m, 500m, 500m), Kinds(owed["outstanding"]!));
            Assert.Equal(2000m, (decimal)owed["outstanding"]!["total"]!);
        }

        JsonNode ledger = await ApiRig.JsonAsync(await (await rig.AsAsync(Supervisor)).GetAsync($"/api/ledger?facility={FacilityA}", Ct));
        Assert.Contains(ledger["postings"]!.AsArray(), p => (string)p!["kind"]! == "Receipt" && (string)p["against"]! == "Penalty" && (decimal)p["amount"]! == 1500m);
        Assert.Equal(3500m, (decimal)ledger["due"]!["total"]!);
    }

    [Fact]
    public async Task Commands_OddSanctionsAndReceipts_RefusedOrBadRequestAndTheCaseUnchanged()
    {
        // Arrange
        string key = await AwaitingFinalDecisionAsync();
        string[] bodies =
        [
            """{"command":"FinaliseDecision","reason":"x","sanctions":{"agreement":[null]}}""",
            """{"command":"FinaliseDecision","reason":"x","sanctions":{"penalty":{"amount":1500}}}""",
            """{"command":"FinaliseDecision","reason":"x","sanctions":{"referrals":["Nowhere"]}}""",
            """{"command":"FinaliseDecision","reason":"x","outcome":"Dismissed","sanctions":{"referrals":["Police"]}}""",
            """{"command":"RecordReceipt","against":"Penalty","amount":1}""",
        ];

        foreach (string body in bodies)
        {
            // Act
            HttpResponseMessage response = await rig.CommandAsync(Supervisor, key, body);

            // Assert
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{body}: {response.StatusCode}");
        }

        JsonNode view = await ApiRig.JsonAsync(await (await rig.AsAsync(Supervisor)).GetAsync($"/api/cases/{key}", Ct));
        Assert.Equal("FinalDecision", (string?)view["case"]!["stage"]);
    }

    [Theory]
    [InlineData(UserOfB, $"/api/ledger/owed?facility={FacilityA}", HttpStatusCode.Forbidden)]
    [InlineData(Reviewer1, $"/api/ledger/owed?facility={FacilityA}", HttpStatusCode.Forbidden)]
    [InlineData(Panel1, $"/api/ledger/owed?facility={FacilityA}", HttpStatusCode.Forbidden)]
    [InlineData(Anonymous, $"/api/ledger/owed?facility={FacilityA}", HttpStatusCode.Unauthorized)]
    [InlineData(Admin, $"/api/ledger/owed?facility={FacilityA}", HttpStatusCode.OK)]
    [InlineData(Supervisor, "/api/ledger/owed", HttpStatusCode.BadRequest)]
    [InlineData(Supervisor, $"/api/ledger/owed?facility={FacilityA}&month=2025-13", HttpStatusCode.BadRequest)]
    public async Task Owed_ByRole_OnlyTheBureauAndTheFacilityItself(string user, string path, HttpStatusCode expected)
    {
        // Arrange
        await rig.StartedAsync(azurite);

        // Act
        HttpResponseMessage response = await (user == Anonymous ? rig.NewClient() : await rig.AsAsync(user)).GetAsync(path, Ct);

        // Assert
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task SanctionRules_ForALoss_EachBasisWithItsRange()
    {
        // Arrange
        await rig.StartedAsync(azurite);

        // Act
        JsonNode rules = await ApiRig.JsonAsync(await (await rig.AsAsync(Reviewer1)).GetAsync("/api/sanction-rules?loss=800", Ct));

        // Assert
        Assert.Equal(
            [("art38", 800m, 1600m), ("art40", 1600m, 4000m), ("art39", 10000m, 50000m)],
            rules["bases"]!.AsArray().Select(b => ((string)b!["basis"]!["code"]!, (decimal)b["minAmount"]!, (decimal)b["maxAmount"]!)));
        Assert.Equal((6, 12), ((int)rules["minSuspensionMonths"]!, (int)rules["maxSuspensionMonths"]!));
    }

    private static (decimal, decimal, decimal) Kinds(JsonNode amounts) =>
        ((decimal)amounts["recovery"]!, (decimal)amounts["penalty"]!, (decimal)amounts["damages"]!);

    /// <summary>A case of facility A confirmed for its whole ¥1,000 and accepted: it awaits the final decision.</summary>
    private async Task<string> AwaitingFinalDecisionAsync()
    {
        await rig.StartedAsync(azurite);
        string key = (await rig.OpenAsync(FacilityA, amount: 1000m)).ToString();
        await Expect(Reviewer1, key, """{"command":"ConfirmFlag","amount":1000,"reason":"重复收费"}""");
        await Expect(UserOfA, key, """{"command":"AcceptDecision"}""");
        return key;
    }

    private async Task Expect(string user, string key, string command)
    {
        HttpResponseMessage response = await rig.CommandAsync(user, key, command);
        string body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {command}: {response.StatusCode} {body}");
    }
}
