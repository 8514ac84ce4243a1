using Microsoft.Playwright;
using SmartReview.Application.Cases;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>
/// One flag through all five stages in a real browser, each person signed in through the login page: a reviewer
/// confirms, the facility appeals with an evidence file, a second reviewer upholds (above the panel threshold), three
/// panel members vote, a supervisor finalises and the dashboard shows the amount recovered. Another facility's user
/// sees none of it. Screenshots of each step go to out/screenshots/case-journey/.
/// </summary>
public sealed class CaseJourneyTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    private const string Facility = "H33010000001";
    private const string Script = "<script>window.__pwned = 1</script>";
    private readonly Screenshots _shots = new("case-journey");

    [Fact]
    public async Task Case_FromFirstReviewToFinalDecision_IsRecoveredOnTheDashboard()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility, 8000m);
        string url = $"/cases/{key}";

        // First review: rev-1 finds the case in the queue and confirms 6,000 of the 8,000 at stake.
        IPage reviewer = await rig.SignInAsync(chromium.Browser, "rev-1");
        await reviewer.GotoAsync("/work?stage=FirstReview");
        await _shots.TakeAsync(reviewer, "reviewer-queue");
        await reviewer.ClickAsync($"a[href='{url}']");
        await _shots.TakeAsync(reviewer, "reviewer-case");
        await reviewer.FillAsync("#amount-input", "6000");
        await reviewer.FillAsync("#reason", "重复收费属实 " + Script);
        await reviewer.ClickAsync("#do-confirm");
        await reviewer.WaitForSelectorAsync(".notice");
        await reviewer.GotoAsync(url);
        Assert.Equal("Appeal", await reviewer.GetAttributeAsync("article.case", "data-stage"));
        Assert.Contains(Script, await reviewer.InnerTextAsync(".timeline"));
        Assert.Equal("undefined", await reviewer.EvaluateAsync<string>("typeof window.__pwned"));
        await _shots.TakeAsync(reviewer, "reviewer-confirmed");

        // The other facility lists nothing of it and cannot open it.
        IPage other = await rig.SignInAsync(chromium.Browser, "fac-2");
        await AssertHiddenFromAsync(other, key);

        // Appeal: the facility appeals with a PNG attached.
        IPage facility = await rig.SignInAsync(chromium.Browser, "fac-1");
        await facility.GotoAsync("/facility");
        await _shots.TakeAsync(facility, "facility-portal");
        await facility.ClickAsync($"a[href='{url}']");
        Assert.Equal(403, await facility.EvaluateAsync<int>(ClaimScript));
        // A page disguised as a PNG is refused by its content, in Chinese, and the case stays in appeal.
        await facility.FillAsync("#statement", "附件");
        await facility.SetInputFilesAsync("#evidence", new FilePayload { Name = "x.png", MimeType = "image/png", Buffer = "<html><script>alert(1)</script>"u8.ToArray() });
        await facility.ClickAsync("#do-appeal");
        Assert.Contains("不是允许的类型 PDF、PNG、JPEG", await facility.InnerTextAsync("#error"));
        Assert.Equal("Appeal", await facility.GetAttributeAsync("article.case", "data-stage"));
        Assert.Equal("附件", await facility.InputValueAsync("#statement"));

        await facility.FillAsync("#statement", "该项目为两次独立检查，附检查报告。");
        await facility.SetInputFilesAsync("#evidence", new FilePayload { Name = "报告.png", MimeType = "image/png", Buffer = Png() });
        await facility.FillAsync("#reason", "");
        await _shots.TakeAsync(facility, "facility-appeal-form");
        await facility.ClickAsync("#do-appeal");
        await facility.WaitForSelectorAsync("article.case[data-stage='ReReview']");
        Assert.Contains("报告.png", await facility.InnerTextAsync(".timeline"));
        await _shots.TakeAsync(facility, "facility-appealed");

        // Re-review: a second reviewer reads the evidence and upholds; 6,000 is above the threshold, so the panel decides.
        IPage second = await rig.SignInAsync(chromium.Browser, "rev-2");
        await second.GotoAsync("/work?stage=ReReview");
        await second.ClickAsync($"a[href='{url}']");
        string evidence = (await second.GetAttributeAsync(".evidence a", "href"))!;
        IAPIResponse file = await second.APIRequest.GetAsync(evidence);
        Assert.Equal(200, file.Status);
        Assert.Equal(Png(), await file.BodyAsync());
        await second.FillAsync("#reason", "报告日期相同，仍属重复收费。");
        await second.ClickAsync("#do-uphold");
        await second.GotoAsync(url);
        Assert.Equal("Panel", await second.GetAttributeAsync("article.case", "data-stage"));
        await _shots.TakeAsync(second, "re-review-upheld");

        // Panel: three members vote 6,000, 6,000 and 5,000; the majority supports 6,000.
        foreach ((string member, string amount) in new[] { ("pan-1", "6000"), ("pan-2", "6000"), ("pan-3", "5000") })
        {
            IPage panel = await rig.SignInAsync(chromium.Browser, member);
            await panel.GotoAsync("/panel");
            await panel.ClickAsync($"a[href='{url}']");
            await panel.CheckAsync("#outcome-confirmed");
            await panel.FillAsync("#amount-input", amount);
            await panel.FillAsync("#reason", $"{member}：证据不足以推翻");
            await panel.ClickAsync("#do-vote");
            await panel.WaitForSelectorAsync(".notice");
            Assert.Equal(0, await panel.Locator("#error").CountAsync());
            await _shots.TakeAsync(panel, $"panel-vote-{member}");
        }

        // Final decision: the supervisor keeps the panel's proposal; the case closes confirmed for 6,000.
        IPage supervisor = await rig.SignInAsync(chromium.Browser, "sup-1");
        await supervisor.GotoAsync("/work?stage=FinalDecision");
        await supervisor.ClickAsync($"a[href='{url}']");
        await supervisor.FillAsync("#reason", "合议结论成立");
        await supervisor.ClickAsync("#do-finalise");
        await supervisor.WaitForSelectorAsync("article.case[data-stage='Closed']");
        Assert.Contains("¥6,000.00", await supervisor.InnerTextAsync("#final"));
        await _shots.TakeAsync(supervisor, "finalised");

        // "Refresh" counts what changed now (the page would also count it within its read wait: decision 0023).
        await supervisor.GotoAsync("/dashboard");
        await supervisor.ClickAsync("#refresh");
        await supervisor.WaitForSelectorAsync("#recovered");
        Assert.Equal("¥6,000.00", (await supervisor.InnerTextAsync("#recovered")).Trim());
        await _shots.TakeAsync(supervisor, "dashboard");
        IDownload ledger = await supervisor.RunAndWaitForDownloadAsync(() => supervisor.ClickAsync("#export-ledger"));
        Assert.EndsWith(".xlsx", ledger.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes((await ledger.PathAsync())!)[..2]);

        // Still nothing for the other facility, closed cases included; nor its evidence.
        await AssertHiddenFromAsync(other, key);
        Assert.Equal(404, (await other.APIRequest.GetAsync(evidence)).Status);
    }

    /// <summary>Posts the page's claim form by hand (it is not shown to facilities), with the page's anti-forgery token; returns the status.</summary>
    private const string ClaimScript = """
        async () => (await fetch(location.pathname + '?handler=Claim', { method: 'POST', body: new URLSearchParams({
            claim: 'take', __RequestVerificationToken: document.querySelector('input[name=__RequestVerificationToken]').value }) })).status
        """;

    private async Task AssertHiddenFromAsync(IPage page, CaseKey key)
    {
        await page.GotoAsync("/facility?all=true");
        Assert.Equal(0, await page.Locator($"a[href='/cases/{key}']").CountAsync());
        IResponse? direct = await page.GotoAsync($"/cases/{key}");
        Assert.Equal(404, direct!.Status);
        await _shots.TakeAsync(page, "other-facility-sees-nothing");
    }

    /// <summary>A 1×1 PNG: the signature the evidence check looks for, then a minimal image.</summary>
    private static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
