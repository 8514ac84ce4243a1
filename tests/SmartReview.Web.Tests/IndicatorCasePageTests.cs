using Microsoft.Playwright;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>
/// An indicator case's page: the indicator, its value, threshold, stays counted, month and money at stake, the
/// re-judging in the timeline, in Chinese and in English; a reviewer decides it and the facility can appeal it like any
/// other. Screenshots go to out/screenshots/indicator-case/.
/// </summary>
public sealed class IndicatorCasePageTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    private const string Facility = "H33010000001";
    private readonly Screenshots _shots = new("indicator-case");

    [Fact]
    public async Task IndicatorCase_RejudgedByALaterBatch_ShowsItsFiguresAndCanBeConfirmedAndAppealed()
    {
        // Arrange: March opened at 50 % on 40 stays, re-judged at 55 % on 80 stays (¥12,000.00 above the threshold)
        await rig.StartedAsync(azurite);
        CaseKey key = await OpenRejudgedAsync();
        IPage reviewer = await rig.SignInAsync(chromium.Browser, "rev-1");

        // Act
        await reviewer.GotoAsync($"/cases/{key}");
        await _shots.TakeAsync(reviewer, "reviewer-zh");
        string name = await reviewer.InnerTextAsync("#indicator-name");
        string value = await reviewer.InnerTextAsync("#indicator-value");
        string threshold = await reviewer.InnerTextAsync("#indicator-threshold");
        string stays = await reviewer.InnerTextAsync("#indicator-stays");
        string month = await reviewer.InnerTextAsync("#indicator-month");
        string atStake = await reviewer.InnerTextAsync("#indicator-at-stake");
        string rejudged = await reviewer.InnerTextAsync("li[data-kind=IndicatorRejudged]");
        await reviewer.FillAsync("#amount-input", "10000");
        await reviewer.FillAsync("#reason", "三月药占比超标，按超出部分扣款");
        await reviewer.ClickAsync("#do-confirm");
        IPage facility = await rig.SignInAsync(chromium.Browser, "fac-1");
        await facility.GotoAsync($"/lang/en?back={Uri.EscapeDataString($"/cases/{key}")}");
        await _shots.TakeAsync(facility, "facility-en");

        // Assert
        Assert.Equal(("药费占比", "55.0%", "40.0%", "80", "2024-03"), (name, value, threshold, stays, month));
        Assert.Contains("¥12,000.00", atStake, StringComparison.Ordinal);
        Assert.Contains("指标重新评判", rejudged, StringComparison.Ordinal);
        Assert.Contains("¥12,000.00", rejudged, StringComparison.Ordinal);
        Assert.Equal("Drug cost share", await facility.InnerTextAsync("#indicator-name"));
        Assert.Equal("Appeal", await facility.GetAttributeAsync("article.case", "data-stage"));
        Assert.True(await facility.IsVisibleAsync("#do-appeal"), "the facility has no appeal form");
        Assert.Equal(0, await facility.Locator("#indicator-below").CountAsync());
    }

    private async Task<CaseKey> OpenRejudgedAsync()
    {
        FlagSummary flag = Reading($"F{Guid.NewGuid():N}", 0.50m, 40, 4_000m);
        (ReviewCase c, CaseEvent opened) = ReviewFlow.Open(flag, DateTimeOffset.UtcNow, new ReviewSettings(), WorkingCalendar.China);
        await rig.Store.OpenAsync([new OpenedCase(c, opened)], CancellationToken.None);
        var key = new CaseKey(Facility, c.CaseId);
        StoredCase stored = (await rig.Store.GetAsync(key, CancellationToken.None))!;
        CaseEvent e = ReviewFlow.Rejudge(stored.Case, Reading(flag.FlagId, 0.55m, 80, 12_000m), DateTimeOffset.UtcNow)!;
        Assert.True(await rig.Store.CommitAsync(stored, ReviewFlow.Apply(stored.Case, e), [e], [], CancellationToken.None));
        return key;
    }

    private static FlagSummary Reading(string id, decimal value, long stays, decimal amount) =>
        new(id, "", Facility, "", "LOC-ZB-DRUG", "local@test", false, amount, [], $"药费占比为{value:P1}，超过阈值40.0%", $"drug share {value:P1}, above 40.0%",
            null, null, new DateOnly(2024, 3, 31), Ceiling: amount, FundAmount: amount * 0.8m, Origin: CaseOrigin.Indicator,
            Indicator: new IndicatorReading("drug_share", "2024-03", value, 0.40m, stays, true));
}
