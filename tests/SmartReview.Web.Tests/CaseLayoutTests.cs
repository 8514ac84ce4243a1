using Microsoft.Playwright;
using SmartReview.Application.Cases;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>
/// The case page as a reviewer working 200 cases a day uses it: the decision form sits in a side panel that stays in
/// view however long the settlement is, a refused decision shows its error beside the field and focuses it, and the
/// notice after "then open the next" names the case saved. Screenshots go to out/screenshots/case-layout/.
/// </summary>
public sealed class CaseLayoutTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    private const string Facility = "H33010000001";
    private readonly Screenshots _shots = new("case-layout");

    [Fact]
    public async Task DecisionForm_LongSettlement_StaysInViewAndShowsTheErrorAtItsField()
    {
        // Arrange: a case, and a settlement section as tall as 200 lines.
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility, 8000m);
        IPage reviewer = await rig.SignInAsync(chromium.Browser, "rev-1");
        await reviewer.SetViewportSizeAsync(1440, 900);
        await reviewer.GotoAsync($"/cases/{key}");
        await reviewer.EvaluateAsync("document.querySelector('.case-main').insertAdjacentHTML('afterbegin', '<div style=\"height:8000px\"></div>')");

        // Act: scroll to the end of the page, then confirm without a reason.
        await reviewer.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        bool formInView = await InViewAsync(reviewer, "#decision");
        await reviewer.FillAsync("#reason", "");
        await reviewer.ClickAsync("#do-confirm");
        await reviewer.WaitForSelectorAsync("#error");
        await _shots.TakeAsync(reviewer, "reason-missing");

        // Assert
        Assert.True(formInView, "the decision form scrolled out of view");
        Assert.Equal("reason", await reviewer.GetAttributeAsync("#error", "data-field"));
        Assert.True(await InViewAsync(reviewer, "#error"), "the error is not in view after the page reloaded");
        Assert.Equal("reason", await reviewer.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task ThenNext_NoticeNamesTheCaseSaved()
    {
        await rig.StartedAsync(azurite);
        CaseKey first = await rig.OpenAsync(Facility, 500m);
        await rig.OpenAsync(Facility, 600m);
        IPage reviewer = await rig.SignInAsync(chromium.Browser, "rev-1");
        await reviewer.GotoAsync($"/cases/{first}");

        await reviewer.FillAsync("#reason", "重复收费属实");
        await reviewer.ClickAsync("#do-confirm");
        string notice = await reviewer.InnerTextAsync(".notice");

        Assert.Contains(first.ToString(), notice, StringComparison.Ordinal);
        Assert.NotEqual($"/cases/{first}", new Uri(reviewer.Url).AbsolutePath);
    }

    private static Task<bool> InViewAsync(IPage page, string selector) => page.EvaluateAsync<bool>(
        $"(() => {{ const r = document.querySelector('{selector}').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }})()");
}
