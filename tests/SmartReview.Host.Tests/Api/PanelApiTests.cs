using System.Net;
using System.Text.Json.Nodes;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>The panel through <c>GET /api/cases/{key}</c>: blind votes by default; the facility's appeal reason kept.</summary>
public sealed class PanelApiTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    [Fact]
    public async Task GetCase_PanelMemberNotYetVoted_OtherVotesWithoutOutcomeOrReason()
    {
        // Arrange: pan-1 has voted; pan-2 has not.
        string key = await ToPanelAsync();
        await Expect("pan-1", key, """{"command":"CastVote","vote":"Confirmed","amount":7000,"reason":"pan-1 的理由"}""", "Panel");

        // Act
        JsonNode blind = await ViewAsync("pan-2", key);
        JsonNode supervisor = await ViewAsync(Supervisor, key);
        await Expect("pan-2", key, """{"command":"CastVote","vote":"Dismissed","reason":"pan-2 的理由"}""", "Panel");
        JsonNode voted = await ViewAsync("pan-2", key);

        // Assert: the vote is there, by pan-1, without what it said; the state lists no votes.
        JsonNode hidden = Votes(blind).Single();
        Assert.Equal("pan-1", (string?)hidden["actorId"]);
        Assert.Null(hidden["vote"]);
        Assert.Null(hidden["voteAmount"]);
        Assert.Null(hidden["reason"]);
        Assert.Empty(blind["case"]!["votes"]!.AsArray());
        Assert.DoesNotContain("pan-1 的理由", blind.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("pan-1 的理由", (string?)Votes(supervisor).Single()["reason"]);
        Assert.Equal(["pan-1 的理由", "pan-2 的理由"], Votes(voted).Select(v => (string?)v["reason"]));
        Assert.Equal(2, voted["case"]!["votes"]!.AsArray().Count);
    }

    [Fact]
    public async Task FileAppeal_WithReason_ReasonKeptBesideTheStatement()
    {
        // Arrange
        await rig.StartedAsync(azurite);
        string key = (await rig.OpenAsync(FacilityA, amount: 8000m)).ToString();
        await Expect(Reviewer1, key, """{"command":"ConfirmFlag","amount":8000,"reason":"重复收费"}""", "Appeal");

        // Act
        await Expect(UserOfA, key, """{"command":"FileAppeal","statement":"两次独立检查","reason":"检查报告日期不同","evidence":[]}""", "ReReview");

        // Assert
        JsonNode appeal = (await ViewAsync(UserOfA, key))["events"]!.AsArray().Single(e => (string?)e!["kind"] == "AppealFiled")!;
        Assert.Equal(("两次独立检查", "检查报告日期不同"), ((string?)appeal["statement"], (string?)appeal["reason"]));
    }

    private async Task<string> ToPanelAsync()
    {
        await rig.StartedAsync(azurite);
        string key = (await rig.OpenAsync(FacilityA, amount: 8000m)).ToString();
        await Expect(Reviewer1, key, """{"command":"ConfirmFlag","amount":8000,"reason":"重复收费"}""", "Appeal");
        await Expect(UserOfA, key, """{"command":"FileAppeal","statement":"医嘱齐全","evidence":[]}""", "ReReview");
        await Expect(Reviewer2, key, """{"command":"UpholdDecision","reason":"证据不足以推翻"}""", "Panel");
        return key;
    }

    private static IEnumerable<JsonNode> Votes(JsonNode view) => view["events"]!.AsArray().Where(e => (string?)e!["kind"] == "VoteCast")!;

    private async Task<JsonNode> ViewAsync(string user, string key) =>
        await ApiRig.JsonAsync(await (await rig.AsAsync(user)).GetAsync($"/api/cases/{key}", TestContext.Current.CancellationToken));

    private async Task Expect(string user, string key, string command, string stage)
    {
        HttpResponseMessage response = await rig.CommandAsync(user, key, command);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {command}: {response.StatusCode} {body}");
        Assert.Equal(stage, (string?)JsonNode.Parse(body)!["case"]!["stage"]);
    }
}
