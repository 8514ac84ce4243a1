using Microsoft.Playwright;
using SmartReview.Application.Cases;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>A reviewer triaging in the browser: a rule picked by its name, the list sorted by amount from its heading, both ways, with the count.</summary>
public sealed class QueueSortTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    private const string Facility = "H33010000002";
    private readonly Screenshots _shots = new("queue-sort");

    [Fact]
    public async Task RulePicker_AndAmountHeading_NarrowAndSortTheQueue()
    {
        await rig.StartedAsync(azurite);
        CaseKey small = await rig.OpenAsync("H33010000001", 80m, "SR-004");
        CaseKey large = await rig.OpenAsync("H33010000001", 2400m, "SR-004");
        CaseKey middle = await rig.OpenAsync(Facility, 600m, "SR-004");

        IPage page = await rig.SignInAsync(chromium.Browser, "rev-1");
        await page.GotoAsync("/work?stage=FirstReview");
        string label = await page.InnerTextAsync("#rule-picker option[value='SR-004']");
        await page.SelectOptionAsync("#rule-picker", new SelectOptionValue { Label = label });
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForURLAsync("**rule=SR-004**");
        await page.ClickAsync("th a.sort[data-sort='amount']");
        await page.WaitForURLAsync("**sort=amount**");
        await _shots.TakeAsync(page, "sorted-by-amount");

        Assert.Matches("^SR-004 .+", label);
        Assert.Equal([large.CaseId, middle.CaseId, small.CaseId], await page.Locator("a.case-link").AllInnerTextsAsync());
        Assert.Contains("共 3 件", await page.InnerTextAsync("#queue-total"));
        Assert.Contains("dir=asc", await page.GetAttributeAsync("th a.sort[data-sort='amount']", "href"), StringComparison.Ordinal);
        await page.ClickAsync("th a.sort[data-sort='amount']");
        await page.WaitForURLAsync("**dir=asc**");
        Assert.Equal([small.CaseId, middle.CaseId, large.CaseId], await page.Locator("a.case-link").AllInnerTextsAsync());
    }
}
