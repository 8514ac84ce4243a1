using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartReview.Host.Tests.Support;
using SmartReview.Storage;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>
/// Cookie sessions kept on the server: logout ends them on every instance (at once on its own, within the 5 s cache
/// on another), and a demo user's role change refuses the cookies issued for the old role.
/// </summary>
public sealed class SessionTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Logout_ThenTheOldCookie_Is401OnMeBatchesAndDashboard()
    {
        await rig.StartedAsync(azurite);
        using HttpClient client = rig.NewClient();
        string cookie = await LoginAsync(client, Supervisor);
        HttpStatusCode before = (await GetAsync(client, "/api/me", cookie)).StatusCode;

        HttpResponseMessage logout = await SendAsync(client, HttpMethod.Post, "/api/auth/logout", cookie);
        HttpStatusCode[] after =
        [
            (await GetAsync(client, "/api/me", cookie)).StatusCode,
            (await GetAsync(client, "/api/batches", cookie)).StatusCode,
            (await GetAsync(client, "/api/dashboard", cookie)).StatusCode,
        ];

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.All(after, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
    }

    [Fact]
    public async Task Logout_OnOneInstance_RefusedOnAnotherWithinFiveSeconds()
    {
        // Arrange: two instances on one storage; the cookie read on the second (so its cache holds the session).
        StorageOptions options = azurite.NewOptions();
        await new StorageAccount(options).EnsureCreatedAsync(Ct);
        await using HostProcess first = HostProcess.Start(options);
        await using HostProcess second = HostProcess.Start(options);
        using HttpClient one = Plain(await first.ListeningAsync(Startup));
        using HttpClient two = Plain(await second.ListeningAsync(Startup));
        string cookie = await LoginAsync(one, Reviewer1);
        HttpStatusCode readOnSecond = (await GetAsync(two, "/api/me", cookie)).StatusCode;

        // Act
        await SendAsync(one, HttpMethod.Post, "/api/auth/logout", cookie);
        HttpStatusCode firstAtOnce = (await GetAsync(one, "/api/me", cookie)).StatusCode;
        await Task.Delay(TimeSpan.FromSeconds(5.5), Ct);
        HttpStatusCode secondLater = (await GetAsync(two, "/api/me", cookie)).StatusCode;

        // Assert
        Assert.Equal(HttpStatusCode.OK, readOnSecond);
        Assert.Equal(HttpStatusCode.Unauthorized, firstAtOnce);
        Assert.Equal(HttpStatusCode.Unauthorized, secondLater);
    }

    [Fact]
    public async Task Cookie_AfterTheDemoUsersRoleChanged_Is401_OthersStillSignedIn()
    {
        // Arrange: a host on a copy of the demo users; rev-1 and rev-2 sign in.
        StorageOptions options = azurite.NewOptions();
        await new StorageAccount(options).EnsureCreatedAsync(Ct);
        string file = Path.Combine(Path.GetTempPath(), $"sr-users-{Guid.NewGuid():N}.json");
        JsonArray users = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "demo-users.json"), Ct))!.AsArray();
        await File.WriteAllTextAsync(file, users.ToJsonString(), Ct);
        var settings = new Dictionary<string, string> { ["Auth__DemoUsers"] = file };
        string changed, unchanged;
        await using (HostProcess before = HostProcess.Start(options, settings))
        {
            using HttpClient client = Plain(await before.ListeningAsync(Startup));
            changed = await LoginAsync(client, Reviewer2);
            unchanged = await LoginAsync(client, Reviewer1);
        }

        // Act: rev-2 becomes a panel member; the host restarts on the new file.
        users.Single(u => (string?)u!["id"] == Reviewer2)!["role"] = "panel";
        await File.WriteAllTextAsync(file, users.ToJsonString(), Ct);
        await using HostProcess after = HostProcess.Start(options, settings);
        using HttpClient again = Plain(await after.ListeningAsync(Startup));
        HttpStatusCode changedNow = (await GetAsync(again, "/api/me", changed)).StatusCode;
        HttpStatusCode unchangedNow = (await GetAsync(again, "/api/me", unchanged)).StatusCode;
        File.Delete(file);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, changedNow);
        Assert.Equal(HttpStatusCode.OK, unchangedNow);
    }

    private static HttpClient Plain(Uri address) => new(new HttpClientHandler { UseCookies = false }) { BaseAddress = address };

    /// <summary>Signs in and returns the cookie as a Cookie header's value.</summary>
    private static async Task<string> LoginAsync(HttpClient client, string user)
    {
        using var login = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = new StringContent($$"""{"user":"{{user}}","password":"{{Password}}"}""", Encoding.UTF8, "application/json"),
        };
        HttpResponseMessage answer = await client.SendAsync(login, Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return string.Join("; ", answer.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string cookie) => SendAsync(client, HttpMethod.Get, path, cookie);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string cookie)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, Ct);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
