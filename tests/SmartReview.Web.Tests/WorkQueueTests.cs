using Microsoft.Playwright;
using SmartReview.Application.Cases;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>
/// The reviewer's queue in the browser: a bulk decision over one facility's flags of one rule, counted as ticked,
/// confirmed, then listed case by case; then "next case".
/// </summary>
public sealed class WorkQueueTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    private const string Facility = "H33010000002";
    private readonly Screenshots _shots = new("work-queue");

    [Fact]
    public async Task BulkDismiss_OfOneRuleAndFacility_ListsEveryCaseThenNextOpensTheRest()
    {
        await rig.StartedAsync(azurite);
        CaseKey[] same = [await rig.OpenAsync(Facility, 300m, "SR-002"), await rig.OpenAsync(Facility, 450m, "SR-002"), await rig.OpenAsync(Facility, 120m, "SR-002")];
        CaseKey other = await rig.OpenAsync(Facility, 900m, "SR-003");

        IPage page = await rig.SignInAsync(chromium.Browser, "rev-1");
        await page.GotoAsync("/work?stage=FirstReview");
        Assert.Equal(0, await page.Locator("#do-bulk").CountAsync());
        await page.GotoAsync($"/work?stage=FirstReview&facility={Facility}&rule=SR-002");
        Assert.Equal(3, await page.Locator("input.pick").CountAsync());
        Assert.Equal("已选 0 件", await page.InnerTextAsync("#bulk-count"));
        await page.CheckAsync("#select-all");
        Assert.Equal("已选 3 件", await page.InnerTextAsync("#bulk-count"));
        await page.SelectOptionAsync("#bulk-decision", "dismiss");
        await page.FillAsync("#bulk-reason", "同批次检查单据齐全，不构成违规");
        await _shots.TakeAsync(page, "bulk-selected");
        await page.ClickAsync("#do-bulk");
        await page.WaitForSelectorAsync("#bulk-confirm");
        Assert.Contains("将对 3 件案件作“排除疑点”", await page.InnerTextAsync("#bulk-confirm-summary"));
        await _shots.TakeAsync(page, "bulk-confirm");
        Assert.Equal("FirstReview", await StageOfAsync(page, same[0]));
        await page.GotoAsync($"/work?stage=FirstReview&facility={Facility}&rule=SR-002");
        await page.CheckAsync("#select-all");
        await page.FillAsync("#bulk-reason", "同批次检查单据齐全，不构成违规");
        await page.SelectOptionAsync("#bulk-decision", "dismiss");
        await page.ClickAsync("#do-bulk");
        await page.ClickAsync("#bulk-confirm-yes");
        await page.WaitForSelectorAsync("#bulk-result");
        await _shots.TakeAsync(page, "bulk-result");
        foreach (CaseKey key in same)
        {
            Assert.Equal("Done", await page.GetAttributeAsync($"#bulk-result li:has(a[href='/cases/{key}'])", "data-status"));
        }

        await page.GotoAsync($"/cases/{same[0]}");
        Assert.Equal("FinalDecision", await page.GetAttributeAsync("article.case", "data-stage"));
        Assert.Contains("同批次检查单据齐全", await page.InnerTextAsync(".timeline"));

        // The only case left in first review is the other rule's: "next case" opens it and claims it for rev-1.
        await page.GotoAsync("/work?stage=FirstReview");
        await page.ClickAsync("#next-case");
        await page.WaitForURLAsync($"**/cases/{other}");
        Assert.Contains("rev-1", await page.InnerTextAsync("#assignee"));
        Assert.Contains("认领只是提示", await page.InnerTextAsync("#assignment-advisory"));
        await _shots.TakeAsync(page, "next-case-claimed");
    }

    private static async Task<string?> StageOfAsync(IPage page, CaseKey key)
    {
        IAPIResponse answer = await page.APIRequest.GetAsync($"/api/cases/{key}");
        return (await answer.JsonAsync())?.GetProperty("case").GetProperty("stage").GetString();
    }
}
