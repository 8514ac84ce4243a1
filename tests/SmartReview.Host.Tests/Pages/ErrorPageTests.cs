using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartReview.Host.Tests.Support;
using SmartReview.Host.Web;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Pages;

/// <summary>
/// What signed-in people and programs get for a missing page (no sign-in still leads to the login page): people (any path outside /api) a page in their language with the
/// site's navigation and a link home; the API problem details. Pages carry the Content-Security-Policy; the icon is served.
/// </summary>
public sealed class ErrorPageTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    [Fact]
    public async Task Page_Unknown_AnswersTheChineseErrorPage()
    {
        await rig.StartedAsync(azurite);
        HttpClient client = await rig.AsAsync(UserOfA);

        HttpResponseMessage answer = await GetHtmlAsync(client, "/nope");
        string html = await answer.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("找不到页面", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\" id=\"home\">返回首页</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/facility\">", html, StringComparison.Ordinal);
        Assert.Equal(SecurityHeaders.Policy, answer.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/cases/H1.nope")]
    [InlineData("/cases/not-a-case-key")]
    [InlineData("/cases/%E2%80%AE..")]
    public async Task CasePage_UnknownOrMalformed_AnswersTheErrorPageWithNavigation(string path)
    {
        await rig.StartedAsync(azurite);
        HttpClient reviewer = await rig.AsAsync(Reviewer1);

        HttpResponseMessage answer = await GetHtmlAsync(reviewer, path);
        string html = await answer.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Contains("找不到页面", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/work\">", html, StringComparison.Ordinal);
        Assert.Contains("返回首页", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Unknown_InEnglish_WhenTheCookieSaysSo()
    {
        await rig.StartedAsync(azurite);
        using HttpClient client = rig.NewClient();
        await client.PostAsync("/api/auth/login", new StringContent($$"""{"user":"{{Reviewer2}}","password":"{{Password}}"}""", Encoding.UTF8, "application/json"), Ct);
        await client.GetAsync("/lang/en", Ct);

        HttpResponseMessage answer = await GetHtmlAsync(client, "/nope");
        string html = await answer.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("Back to the home page", html, StringComparison.Ordinal);
        Assert.DoesNotContain("找不到页面", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/nope", Supervisor)]
    [InlineData("/api/cases/H1.nope", Reviewer1)]
    public async Task Api_Unknown_KeepsProblemDetails(string path, string user)
    {
        await rig.StartedAsync(azurite);
        HttpClient client = await rig.AsAsync(user);

        HttpResponseMessage answer = await client.GetAsync(path, Ct);
        JsonNode problem = await ApiRig.JsonAsync(answer);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (int?)problem["status"]);
    }

    [Fact]
    public async Task Favicon_IsServedAndLinkedFromTheLayout()
    {
        await rig.StartedAsync(azurite);
        using HttpClient client = rig.NewClient();

        HttpResponseMessage icon = await client.GetAsync("/favicon.svg", Ct);
        string login = await (await GetHtmlAsync(client, "/login")).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\"", login, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> GetHtmlAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        return await client.SendAsync(request, Ct);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
