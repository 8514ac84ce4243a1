using System.Net;
using System.Text;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>
/// Every role (and no sign-in) against every endpoint: allowed or denied, 401 without sign-in, 403 for a wrong role.
/// "{A}" in a path is a first-review case of facility A. The command is one the flow refuses at that stage, so an
/// allowed call answers 422 and changes nothing.
/// </summary>
public sealed class AccessTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    public static TheoryData<string, string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (string user in All)
        {
            bool anon = user == Anonymous;
            bool oversight = user is Supervisor or Admin;
            int any = anon ? 401 : 200;
            data.Add(user, "GET", "/health", 200);
            data.Add(user, "GET", "/api/me", any);
            data.Add(user, "GET", "/openapi/v1.json", any);
            data.Add(user, "POST", "/api/auth/logout", 204);
            data.Add(user, "GET", "/api/cases?stage=FirstReview", any);
            data.Add(user, "GET", "/api/cases/{A}", anon ? 401 : user == UserOfB ? 404 : 200);
            data.Add(user, "POST", "/api/cases/{A}/commands", anon ? 401 : user == UserOfB ? 404 : 422);
            bool facility = user is UserOfA or UserOfB;
            data.Add(user, "POST", "/api/cases/{A}/claim", anon ? 401 : facility ? 403 : user == Reviewer1 ? 200 : 422);
            data.Add(user, "DELETE", "/api/cases/{A}/claim", anon ? 401 : facility ? 403 : 200);
            data.Add(user, "POST", "/api/cases/{A}/assign", anon ? 401 : oversight ? 200 : 403);
            data.Add(user, "GET", "/api/cases/next?stage=Panel", anon ? 401 : facility ? 403 : 204);
            data.Add(user, "POST", "/api/cases/bulk", anon ? 401 : facility ? 403 : 200);
            data.Add(user, "GET", $"/api/ledger?facility={FacilityA}", anon ? 401 : oversight || user == UserOfA ? 200 : 403);
            data.Add(user, "GET", "/api/batches/B000000000000000000000000", anon ? 401 : oversight ? 404 : 403);
            data.Add(user, "POST", "/api/batches?name=empty.jsonl", anon ? 401 : oversight ? 202 : 403);
            data.Add(user, "GET", "/api/dashboard", anon ? 401 : oversight ? 200 : 403);
            int export = anon ? 401 : oversight || facility || user == Reviewer1 ? 200 : 403;
            data.Add(user, "GET", "/api/exports/flags.xlsx", export);
            data.Add(user, "GET", "/api/exports/decisions.xlsx", export);
            data.Add(user, "GET", "/api/exports/ledger.xlsx?month=2024-03", export);
            data.Add(user, "GET", $"/api/exports/flags.xlsx?facility={FacilityB}", anon ? 401 : user == UserOfA ? 403 : export);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_ByRole_AllowedOrDenied(string user, string method, string path, int expected)
    {
        // Arrange: a fresh client for logout (it ends the session it is sent with), the shared one otherwise.
        await rig.StartedAsync(azurite);
        CaseKey a = await rig.OpenAsync(FacilityA);
        HttpClient client = path.Contains("logout", StringComparison.Ordinal) ? rig.NewClient() : await rig.AsAsync(user);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{A}", a.ToString(), StringComparison.Ordinal));
        if (method == "POST")
        {
            string? json = path.EndsWith("/commands", StringComparison.Ordinal) ? """{"command":"AcceptDecision"}"""
                : path.EndsWith("/assign", StringComparison.Ordinal) ? """{"userId":"rev-2"}"""
                : path.EndsWith("/bulk", StringComparison.Ordinal) ? $$$"""{"keys":["{{{a}}}"],"command":{"command":"AcceptDecision"}}"""
                : path.EndsWith("/claim", StringComparison.Ordinal) ? "" : null;
            request.Content = new StringContent(json ?? "", Encoding.UTF8, json is null ? "application/octet-stream" : "application/json");
        }

        // Act
        using HttpResponseMessage response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
        Assert.Single(await rig.Store.EventsAsync(a, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Login_WrongPassword_Is401AndSetsNoCookie()
    {
        await rig.StartedAsync(azurite);
        using HttpClient client = rig.NewClient();

        HttpResponseMessage login = await client.PostAsync("/api/auth/login",
            new StringContent("""{"user":"sup-1","password":"wrong"}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.False(login.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Logout_AfterLogin_EndsTheSession()
    {
        await rig.StartedAsync(azurite);
        using HttpClient client = rig.NewClient();
        await client.PostAsync("/api/auth/login", new StringContent("""{"user":"rev-1","password":"smartreview-demo"}""", Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode);

        await client.PostAsync("/api/auth/logout", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Me_FacilityUser_ShowsItsFacility()
    {
        await rig.StartedAsync(azurite);

        string me = await (await rig.AsAsync(UserOfA)).GetStringAsync("/api/me", TestContext.Current.CancellationToken);

        Assert.Contains($"\"facility\":\"{FacilityA}\"", me, StringComparison.Ordinal);
        Assert.Contains("\"role\":\"Facility\"", me, StringComparison.Ordinal);
    }
}
