using System.Net;
using System.Text.Json.Nodes;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>Decisions through the API: who acted comes from the sign-in; races, refusals and free text.</summary>
public sealed class DecisionTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    [Fact]
    public async Task FullDecision_AppealReReviewPanelFinal_RecordsEachSignedInActor()
    {
        // Arrange
        await rig.StartedAsync(azurite);
        string key = (await rig.OpenAsync(FacilityA, amount: 10000m)).ToString();

        // Act: the body's "actorId" is ignored; the actor is whoever is signed in.
        await Expect(Reviewer1, key, """{"command":"ConfirmFlag","amount":8000,"reason":"重复收费","actorId":"sup-1","role":"Supervisor"}""", "Appeal");
        await Expect(UserOfA, key, """{"command":"FileAppeal","statement":"医嘱齐全","evidence":[]}""", "ReReview");
        await Expect(Reviewer2, key, """{"command":"UpholdDecision","reason":"证据不足以推翻"}""", "Panel");
        await Expect("pan-1", key, """{"command":"CastVote","vote":"Confirmed","amount":8000,"reason":"同意"}""", "Panel");
        await Expect("pan-2", key, """{"command":"CastVote","vote":"Confirmed","amount":6000,"reason":"部分同意"}""", "Panel");
        await Expect("pan-3", key, """{"reason":"不同意","command":"CastVote","vote":"Dismissed"}""", "FinalDecision");
        await Expect(Supervisor, key, """{"command":"FinaliseDecision","reason":"按合议结果"}""", "Closed");

        // Assert
        JsonNode view = await ApiRig.JsonAsync(await (await rig.AsAsync(UserOfA)).GetAsync($"/api/cases/{key}", TestContext.Current.CancellationToken));
        JsonArray events = view["events"]!.AsArray();
        Assert.Equal(["system", "rev-1", "fac-1", "rev-2", "pan-1", "pan-2", "pan-3", "system", "sup-1"], events.Select(e => (string)e!["actorId"]!));
        Assert.Equal(["CaseOpened", "FlagConfirmed", "AppealFiled", "DecisionUpheld", "VoteCast", "VoteCast", "VoteCast", "PanelDecided", "DecisionFinalised"],
            events.Select(e => (string)e!["kind"]!));
        Assert.Equal(["System", "Reviewer", "Facility", "Reviewer", "PanelMember", "PanelMember", "PanelMember", "System", "Supervisor"],
            events.Select(e => (string)e!["role"]!));
        Assert.Equal(6000m, (decimal)view["case"]!["amount"]!);
        JsonNode ledger = await ApiRig.JsonAsync(await (await rig.AsAsync(Supervisor)).GetAsync($"/api/ledger?facility={FacilityA}", TestContext.Current.CancellationToken));
        Assert.Contains(ledger["postings"]!.AsArray(), p => (string)p!["caseId"]! == key.Split('.')[1] && (decimal)p["amount"]! == 6000m);
    }

    [Fact]
    public async Task Refused_SameReviewerReReviews_Is422WithCodeAndBothMessages()
    {
        // Arrange
        await rig.StartedAsync(azurite);
        string key = (await rig.OpenAsync(FacilityA)).ToString();
        await Expect(Reviewer1, key, """{"command":"ConfirmFlag","amount":100,"reason":"超标准收费"}""", "Appeal");
        await Expect(UserOfA, key, """{"command":"FileAppeal","statement":"有依据","evidence":[]}""", "ReReview");

        // Act
        HttpResponseMessage response = await rig.CommandAsync(Reviewer1, key, """{"command":"UpholdDecision","reason":"维持"}""");

        // Assert
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonNode problem = await ApiRig.JsonAsync(response);
        Assert.Equal("NotAllowed", (string?)problem["code"]);
        Assert.Contains((string)problem["messageZh"]!, c => c is >= '\u4e00' and <= '\u9fff');
        Assert.Matches("[A-Za-z]{3,}", (string)problem["messageEn"]!);
        Assert.Equal(3, (await rig.Store.EventsAsync(Parse(key), TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task Race_ConcurrentCommandsOnOneCase_OneWinsTheOthersGet409Or422()
    {
        // Arrange: cases in first review, each decided by several reviewers at once (at least 8 cases, more until a
        // conflict has shown, at most 40: a loser that reads after the winner committed is refused with 422 instead).
        await rig.StartedAsync(azurite);
        string[] reviewers = [Reviewer1, Reviewer2];
        var keys = new List<CaseKey>();
        var statuses = new List<HttpStatusCode[]>();

        // Act
        while (keys.Count < 8 || (keys.Count < 40 && !statuses.SelectMany(s => s).Contains(HttpStatusCode.Conflict)))
        {
            CaseKey key = await rig.OpenAsync(FacilityA);
            keys.Add(key);
            Task<HttpResponseMessage>[] racing = [.. Enumerable.Range(0, 6).Select(i => rig.CommandAsync(reviewers[i % 2], key.ToString(),
                $$"""{"command":"ConfirmFlag","amount":{{100 + i}},"reason":"race {{i}}"}"""))];
            statuses.Add([.. (await Task.WhenAll(racing)).Select(r => r.StatusCode)]);
        }

        // Assert: exactly one decision per case; the losers were told of the conflict or of the new stage.
        Assert.All(statuses, s => Assert.Single(s, c => c == HttpStatusCode.OK));
        Assert.All(statuses, s => Assert.All(s, c => Assert.True(c is HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity, c.ToString())));
        Assert.Contains(statuses.SelectMany(s => s), c => c == HttpStatusCode.Conflict);
        foreach (CaseKey key in keys)
        {
            Assert.Equal(2, (await rig.Store.EventsAsync(key, TestContext.Current.CancellationToken)).Count);
        }
    }

    [Fact]
    public async Task Script_InAReason_ComesBackAsEscapedJsonData()
    {
        // Arrange
        await rig.StartedAsync(azurite);
        string key = (await rig.OpenAsync(FacilityA)).ToString();
        const string script = "<script>alert(1)</script>";

        // Act
        HttpResponseMessage decided = await rig.CommandAsync(Reviewer1, key, $$"""{"command":"DismissFlag","reason":"{{script}}"}""");
        HttpResponseMessage read = await (await rig.AsAsync(Supervisor)).GetAsync($"/api/cases/{key}", TestContext.Current.CancellationToken);

        // Assert
        foreach (HttpResponseMessage response in new[] { decided, read })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            string raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain("<script>", raw, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(@"\u003Cscript\u003E", raw, StringComparison.OrdinalIgnoreCase);
            JsonNode body = JsonNode.Parse(raw)!;
            Assert.Equal(script, (string?)body["events"]!.AsArray()[^1]!["reason"]);
        }
    }

    private async Task Expect(string user, string key, string command, string stage)
    {
        HttpResponseMessage response = await rig.CommandAsync(user, key, command);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {command}: {response.StatusCode} {body}");
        Assert.Equal(stage, (string?)JsonNode.Parse(body)!["case"]!["stage"]);
    }

    private static CaseKey Parse(string key) => CaseKey.TryParse(key, out CaseKey k) ? k : throw new ArgumentException(key);
}
