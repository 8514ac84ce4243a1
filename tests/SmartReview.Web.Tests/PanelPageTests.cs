using Microsoft.Playwright;
using SmartReview.Application.Cases;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>
/// The panel on the case page: the facility's appeal reason reaches the timeline; each member sees the tally, votes
/// blind (no other member's vote or reason before their own) and, once voted, their vote instead of the form.
/// Screenshots go to out/screenshots/panel/.
/// </summary>
public sealed class PanelPageTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    private const string Facility = "H33010000001";
    private readonly Screenshots _shots = new("panel");

    [Fact]
    public async Task Panel_SecondMember_SeesTallyNotTheFirstVoteThenOwnVoteInsteadOfForm()
    {
        // Arrange: confirmed by rev-1, appealed with a reason by the facility, upheld by rev-2 above the threshold.
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility, 8000m);
        string url = $"/cases/{key}";
        await CommandAsync(await rig.SignInAsync(chromium.Browser, "rev-1"), url, """{"command":"ConfirmFlag","amount":8000,"reason":"重复收费"}""");
        IPage facility = await rig.SignInAsync(chromium.Browser, "fac-1");
        await facility.GotoAsync(url);
        await facility.FillAsync("#statement", "两次独立检查");
        await facility.FillAsync("#reason", "检查报告日期不同，非重复收费");
        await facility.ClickAsync("#do-appeal");
        await facility.WaitForSelectorAsync("article.case[data-stage='ReReview']");
        Assert.Contains("检查报告日期不同，非重复收费", await facility.InnerTextAsync(".timeline li[data-kind='AppealFiled']"));
        await _shots.TakeAsync(facility, "facility-appeal-with-reason");
        await CommandAsync(await rig.SignInAsync(chromium.Browser, "rev-2"), url, """{"command":"UpholdDecision","reason":"证据不足以推翻"}""");

        // Act: pan-1 votes; pan-2 opens the case.
        IPage first = await rig.SignInAsync(chromium.Browser, "pan-1");
        await first.GotoAsync(url);
        Assert.Contains("已投 0/3 票", await first.InnerTextAsync("#tally"));
        await Vote(first, "7000", "pan-1：收费重复属实");
        IPage second = await rig.SignInAsync(chromium.Browser, "pan-2");
        await second.GotoAsync("/panel");
        Assert.Equal("1/3", (await second.InnerTextAsync($"tr[data-href='{url}'] .tally")).Trim());
        await second.ClickAsync($"a[href='{url}']");
        await _shots.TakeAsync(second, "pan-2-before-voting");

        // Assert: the tally and majority; nothing of pan-1's vote but that it was cast.
        Assert.Contains("已投 1/3 票", await second.InnerTextAsync("#tally"));
        Assert.Contains("过半数（2 票）", await second.InnerTextAsync("#tally"));
        string timeline = await second.InnerTextAsync(".timeline");
        Assert.DoesNotContain("pan-1：收费重复属实", timeline);
        Assert.DoesNotContain("¥7,000.00", timeline);
        Assert.Contains("pan-1", timeline);
        Assert.Equal(1, await second.Locator("#votes-hidden").CountAsync());
        Assert.Equal("认领", (await second.InnerTextAsync("#claim")).Trim());

        // Once pan-2 has voted: no form, their own vote, and pan-1's vote and reason.
        await Vote(second, "6000", "pan-2：部分认可");
        await second.GotoAsync(url);
        await _shots.TakeAsync(second, "pan-2-after-voting");
        Assert.Equal(0, await second.Locator("#decision").CountAsync());
        Assert.Contains("您已投票：确认违规 ¥6,000.00", await second.InnerTextAsync("#my-vote"));
        Assert.Contains("pan-1：收费重复属实", await second.InnerTextAsync(".timeline"));
        Assert.Equal(0, await second.Locator("#votes-hidden").CountAsync());
        Assert.Contains("已投 2/3 票", await second.InnerTextAsync("#tally"));
    }

    private async Task Vote(IPage page, string amount, string reason)
    {
        await page.CheckAsync("#outcome-confirmed");
        await page.FillAsync("#amount-input", amount);
        await page.FillAsync("#reason", reason);
        await page.ClickAsync("#do-vote");
        await page.WaitForSelectorAsync(".notice");
        Assert.Equal(0, await page.Locator("#error").CountAsync());
    }

    /// <summary>A decision through the API as the page's signed-in user (the browser's cookie).</summary>
    private static async Task CommandAsync(IPage page, string url, string json)
    {
        IAPIResponse response = await page.APIRequest.PostAsync($"/api{url}/commands", new APIRequestContextOptions
        {
            DataString = json,
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        });
        Assert.True(response.Ok, $"{json}: {response.Status} {await response.TextAsync()}");
    }
}
