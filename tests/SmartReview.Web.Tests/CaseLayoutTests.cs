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

    [Fact]
    public async Task Appeal_RefusedAfterTheFileWasUploaded_KeepsTheFileWithoutPickingItAgain()
    {
        // Arrange: a case confirmed by rev-1, in the facility's appeal window.
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility, 3000m);
        string url = $"/cases/{key}";
        IPage reviewer = await rig.SignInAsync(chromium.Browser, "rev-1");
        IAPIResponse confirmed = await reviewer.APIRequest.PostAsync($"/api{url}/commands", new APIRequestContextOptions
        {
            DataString = """{"command":"ConfirmFlag","amount":3000,"reason":"重复收费"}""",
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        });
        IPage facility = await rig.SignInAsync(chromium.Browser, "fac-1");
        await facility.GotoAsync(url);

        // Act: the file goes up with an empty statement (refused), then the statement alone is sent.
        await facility.SetInputFilesAsync("#evidence", new FilePayload { Name = "检查报告.png", MimeType = "image/png", Buffer = Png });
        await facility.ClickAsync("#do-appeal");
        string refusedAt = (await facility.GetAttributeAsync("#error", "data-field"))!;
        string focused = await facility.EvaluateAsync<string>("document.activeElement.id");
        string kept = await facility.InnerTextAsync("#kept-evidence");
        await _shots.TakeAsync(facility, "appeal-file-kept");
        await facility.FillAsync("#statement", "两次独立检查，附报告。");
        await facility.ClickAsync("#do-appeal");
        await facility.WaitForSelectorAsync("article.case[data-stage='ReReview']");

        // Assert
        Assert.True(confirmed.Ok);
        Assert.Equal(("statement", "statement"), (refusedAt, focused));
        Assert.Contains("检查报告.png", kept, StringComparison.Ordinal);
        Assert.Contains("检查报告.png", await facility.InnerTextAsync(".timeline li[data-kind='AppealFiled']"), StringComparison.Ordinal);
    }

    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static Task<bool> InViewAsync(IPage page, string selector) => page.EvaluateAsync<bool>(
        $"(() => {{ const r = document.querySelector('{selector}').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }})()");
}
