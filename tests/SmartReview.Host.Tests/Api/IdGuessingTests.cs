using System.Net;
using System.Text;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>
/// A user of facility A guessing facility B's case ids: every endpoint, every id of B's cases, written as B's key and
/// as A's facility with B's case id, and a list continued from a token crafted to point into B's partition. Each answer is 404 or 403, says nothing of B's cases, and B's cases stay as they were.
/// </summary>
public sealed class IdGuessingTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private static readonly string[] Commands =
    [
        """{"command":"FileAppeal","statement":"guess","evidence":[]}""",
        """{"command":"AcceptDecision","reason":"guess"}""",
        """{"command":"ContestDecision","statement":"guess","evidence":[]}""",
        """{"command":"ConfirmFlag","amount":1,"reason":"guess"}""",
    ];

    [Fact]
    public async Task FacilityA_EveryEndpointWithEveryIdOfB_GetsNothing()
    {
        // Arrange: B has a case in first review, one in its appeal window and one closed with a ledger posting.
        await rig.StartedAsync(azurite);
        CancellationToken ct = TestContext.Current.CancellationToken;
        CaseKey first = await rig.OpenAsync(FacilityB);
        CaseKey appeal = await rig.OpenAsync(FacilityB, definite: true);
        CaseKey closed = await rig.OpenAsync(FacilityB, amount: 300m, definite: true);
        Assert.Equal(HttpStatusCode.OK, (await rig.CommandAsync(UserOfB, closed.ToString(), """{"command":"AcceptDecision"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rig.CommandAsync(Supervisor, closed.ToString(), """{"command":"FinaliseDecision","reason":"ok"}""")).StatusCode);
        CaseKey[] ofB = [first, appeal, closed];
        int[] eventsBefore = [.. await Task.WhenAll(ofB.Select(async k => (await rig.Store.EventsAsync(k, ct)).Count))];
        HttpClient a = await rig.AsAsync(UserOfA);
        var answers = new List<(string What, HttpResponseMessage Response)>();

        // Act
        foreach (CaseKey b in ofB)
        {
            foreach (string key in new[] { b.ToString(), new CaseKey(FacilityA, b.CaseId).ToString() })
            {
                answers.Add(($"GET {key}", await a.GetAsync($"/api/cases/{key}", ct)));
                foreach (string command in Commands)
                {
                    answers.Add(($"POST {key} {command}", await a.PostAsync($"/api/cases/{key}/commands", new StringContent(command, Encoding.UTF8, "application/json"), ct)));
                }

                answers.Add(($"claim {key}", await a.PostAsync($"/api/cases/{key}/claim", null, ct)));
                answers.Add(($"release {key}", await a.DeleteAsync($"/api/cases/{key}/claim", ct)));
                answers.Add(($"assign {key}", await a.PostAsync($"/api/cases/{key}/assign", new StringContent("""{"userId":"fac-1"}""", Encoding.UTF8, "application/json"), ct)));
                answers.Add(($"bulk {key}", await a.PostAsync("/api/cases/bulk",
                    new StringContent($$$"""{"keys":["{{{key}}}"],"command":{"command":"AcceptDecision","reason":"guess"}}""", Encoding.UTF8, "application/json"), ct)));
            }
        }

        answers.Add(("list B", await a.GetAsync($"/api/cases?facility={FacilityB}", ct)));
        answers.Add(("list B stage", await a.GetAsync($"/api/cases?stage=Appeal&facility={FacilityB}", ct)));
        answers.Add(("next", await a.GetAsync("/api/cases/next?stage=Appeal", ct)));
        answers.Add(("list B assignee", await a.GetAsync($"/api/cases?facility={FacilityB}&assignee=none", ct)));
        answers.Add(("ledger B", await a.GetAsync($"/api/ledger?facility={FacilityB}", ct)));
        answers.Add(("ledger B month", await a.GetAsync($"/api/ledger?facility={FacilityB}&month={DateTime.UtcNow:yyyy-MM}", ct)));
        string crafted = Uri.EscapeDataString($"{B64(FacilityB)} {B64("c|")}");
        string ownList = await a.GetStringAsync("/api/cases?stage=Appeal", ct) + await a.GetStringAsync("/api/cases", ct)
            + await a.GetStringAsync($"/api/cases?continuation={crafted}", ct) + await a.GetStringAsync($"/api/cases?stage=Appeal&continuation={crafted}", ct);
        string ownLedger = await a.GetStringAsync("/api/ledger", ct);

        // Assert
        foreach ((string what, HttpResponseMessage response) in answers)
        {
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{what}: {response.StatusCode}");
            string body = await response.Content.ReadAsStringAsync(ct);
            Assert.DoesNotContain(FacilityB, body, StringComparison.Ordinal);
            Assert.All(ofB, b => Assert.DoesNotContain(b.CaseId, body, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(FacilityB, ownList + ownLedger, StringComparison.Ordinal);
        Assert.All(ofB, b => Assert.DoesNotContain(b.CaseId, ownList + ownLedger, StringComparison.Ordinal));
        Assert.Equal(eventsBefore, await Task.WhenAll(ofB.Select(async k => (await rig.Store.EventsAsync(k, ct)).Count)));
    }

    /// <summary>A table continuation token's part: the next key, base64 (a crafted token points into B's partition).</summary>
    private static string B64(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key));
}
