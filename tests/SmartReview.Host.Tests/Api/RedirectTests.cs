using System.Net;
using System.Text;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>Where the host sends a browser: relative locations whatever the Host header says, and only local ones from the language switch.</summary>
public sealed class RedirectTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private const string Forged = "evil.example";

    [Fact]
    public async Task Page_NotSignedIn_WithAForgedHost_RedirectsRelativelyToLogin()
    {
        await rig.StartedAsync(azurite);
        using HttpClient client = rig.NewClient(followRedirects: false);

        HttpResponseMessage answer = await ForgedAsync(client, "/work?stage=FirstReview");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Fwork%3Fstage%3DFirstReview", answer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Page_WrongRole_WithAForgedHost_RedirectsRelativelyToDenied()
    {
        await rig.StartedAsync(azurite);
        using HttpClient client = rig.NewClient(followRedirects: false);
        HttpResponseMessage login = await client.PostAsync("/api/auth/login",
            new StringContent($$"""{"user":"{{UserOfA}}","password":"{{Password}}"}""", Encoding.UTF8, "application/json"), Ct);

        HttpResponseMessage answer = await ForgedAsync(client, "/work");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/denied?ReturnUrl=", answer.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(Forged, answer.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%2F%5Cevil.example", "/")]
    [InlineData("%2F%2Fevil.example", "/")]
    [InlineData("https%3A%2F%2Fevil.example%2F", "/")]
    [InlineData("%2F%0D%0Aevil", "/")]
    [InlineData("%2Fwork%3Fstage%3DAppeal", "/work?stage=Appeal")]
    public async Task Lang_BackNotLocal_RedirectsHome(string back, string expected)
    {
        await rig.StartedAsync(azurite);
        using HttpClient client = rig.NewClient(followRedirects: false);

        HttpResponseMessage answer = await client.GetAsync($"/lang/en?back={back}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(expected, answer.Headers.Location!.OriginalString);
    }

    private static async Task<HttpResponseMessage> ForgedAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = Forged;
        return await client.SendAsync(request, Ct);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
