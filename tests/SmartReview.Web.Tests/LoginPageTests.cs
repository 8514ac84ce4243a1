using Microsoft.Playwright;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>The login page: a wrong password is refused, and after five failures even the right one is turned away for a while.</summary>
public sealed class LoginPageTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    [Fact]
    public async Task LoginPage_AfterFiveFailures_TurnsTheRightPasswordAway()
    {
        await rig.StartedAsync(azurite);
        await using IBrowserContext context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = rig.Address.ToString() });
        IPage page = await context.NewPageAsync();
        for (int i = 0; i < 5; i++)
        {
            IResponse wrong = await SignInAsync(page, "not-the-password");
            Assert.Equal(200, wrong.Status);
            Assert.Equal("用户名或密码错误", (await page.InnerTextAsync(".error")).Trim());
        }

        IResponse refused = await SignInAsync(page, WebRig.Password);
        Assert.Equal(429, refused.Status);
        // The name is locked for the window (5 minutes), and the page says when to try again.
        Assert.Matches(@"^此用户名尝试失败次数过多，请 [1-5] 分钟后再试$", (await page.InnerTextAsync(".error")).Trim());
        Assert.Equal(0, await page.Locator("[data-user]").CountAsync());
    }

    private static async Task<IResponse> SignInAsync(IPage page, string password)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#user", "admin-1");
        await page.FillAsync("#password", password);
        return await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#sign-in"), r => r.Request.Method == "POST" && r.Url.EndsWith("/login", StringComparison.Ordinal));
    }
}
