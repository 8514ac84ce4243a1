using Microsoft.Playwright;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>Each page under its role, in the browser: the wrong role is sent to "access denied", nobody signed in to the login page; and the language switch.</summary>
public sealed class PageAccessTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    private readonly Screenshots _shots = new("pages");

    [Theory]
    [InlineData("fac-1", "/work")]
    [InlineData("fac-1", "/dashboard")]
    [InlineData("fac-1", "/panel")]
    [InlineData("rev-1", "/dashboard")]
    [InlineData("rev-1", "/batches")]
    [InlineData("rev-1", "/facility")]
    [InlineData("pan-1", "/work")]
    [InlineData("sup-1", "/facility")]
    public async Task Page_OfAnotherRole_IsDenied(string user, string path)
    {
        await rig.StartedAsync(azurite);
        IPage page = await rig.SignInAsync(chromium.Browser, user);
        IResponse? response = await page.GotoAsync(path);
        Assert.Equal(403, response!.Status);
        Assert.EndsWith("/denied", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/work")]
    [InlineData("/dashboard")]
    [InlineData("/cases/H33010000001.F1")]
    public async Task Page_WithoutSignIn_GoesToTheLoginPage(string path)
    {
        await rig.StartedAsync(azurite);
        await using IBrowserContext context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = rig.Address.ToString() });
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(path);
        Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
        Assert.Contains(Uri.EscapeDataString(path), page.Url, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task LanguageSwitch_ShowsEnglishAndBack()
    {
        await rig.StartedAsync(azurite);
        await rig.OpenAsync("H33010000002", 2500m, "SR-004");
        IPage page = await rig.SignInAsync(chromium.Browser, "rev-2");
        await page.GotoAsync("/work");
        Assert.Equal("工作队列", (await page.InnerTextAsync("h1")).Trim());
        await page.ClickAsync("a.lang");
        Assert.Equal("Work queue", (await page.InnerTextAsync("h1")).Trim());
        await _shots.TakeAsync(page, "work-queue-english");
        await page.ClickAsync("a.case-link");
        Assert.Equal("First review", (await page.InnerTextAsync("#stage")).Trim());
        await _shots.TakeAsync(page, "case-english");
        await page.GoBackAsync();
        Assert.EndsWith("/work", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.ClickAsync("a.lang");
        Assert.Equal("工作队列", (await page.InnerTextAsync("h1")).Trim());
    }
}
