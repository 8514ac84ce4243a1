using Microsoft.Playwright;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>
/// A confirmed ¥1,000 case through the final-decision form with a 2× fine under art. 38, an interview and a referral;
/// a receipt and a refused overpayment on the case page; what the facility owes on its portal, and the bureau's
/// ledger page. Screenshots go to out/screenshots/outcomes/.
/// </summary>
public sealed class OutcomePageTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    private const string Facility = "H33010000001";
    private readonly Screenshots _shots = new("outcomes");

    [Fact]
    public async Task FinalDecision_WithATwofoldPenaltyAndAReceipt_FacilitySeesWhatItOwes()
    {
        // Arrange: confirmed for the whole ¥1,000 and accepted by the facility, so it awaits the final decision
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility, 1000m);
        var handler = new CaseCommandHandler(rig.Store, new ReviewSettings(), WorkingCalendar.China, TimeProvider.System);
        Assert.Equal(CommandStatus.Done, (await handler.HandleAsync(key, new ConfirmFlag(1000m, "重复收费"), new Actor("rev-1", Role.Reviewer), TestContext.Current.CancellationToken)).Status);
        Assert.Equal(CommandStatus.Done, (await handler.HandleAsync(key, new AcceptDecision(null), new Actor("fac-1", Role.Facility, Facility), TestContext.Current.CancellationToken)).Status);
        string url = $"/cases/{key}";

        // Act: the supervisor picks art. 38; the form shows the range for ¥1,000 and bounds the fine's input by it
        IPage supervisor = await rig.SignInAsync(chromium.Browser, "sup-1");
        await supervisor.GotoAsync(url);
        await supervisor.SelectOptionAsync("#penalty-basis", "art38");
        string range = await supervisor.InnerTextAsync("#penalty-ranges li[data-basis='art38']");
        Assert.Contains("¥1,000.00", range);
        Assert.Contains("¥2,000.00", range);
        Assert.True(await supervisor.IsHiddenAsync("#penalty-ranges li[data-basis='art40']"));
        Assert.Equal(("1000.00", "2000.00"), (await supervisor.GetAttributeAsync("#penalty-amount", "min"), await supervisor.GetAttributeAsync("#penalty-amount", "max")));
        await supervisor.FillAsync("#penalty-amount", "2000");
        await supervisor.CheckAsync("#measure-Interview");
        await supervisor.CheckAsync("#referral-Health");
        await supervisor.FillAsync("#reason", "依第三十八条处违法金额2倍罚款");
        await _shots.TakeAsync(supervisor, "final-decision-form");
        await supervisor.ClickAsync("#do-finalise");
        await supervisor.WaitForSelectorAsync("article.case[data-stage='Closed']");

        // Assert: the outcome on the case
        string penalty = await supervisor.InnerTextAsync("#case-penalty");
        Assert.Contains("¥2,000.00", penalty);
        Assert.Contains("2倍", penalty);
        Assert.Contains("约谈", await supervisor.InnerTextAsync("#case-sanctions"));
        Assert.Contains("移送卫生健康部门", await supervisor.InnerTextAsync("#case-sanctions"));

        // Act: a receipt of ¥1,200 against the fine, by transfer; then ¥900 more, which is above the ¥800 left
        await supervisor.SelectOptionAsync("#receipt-against", "Penalty");
        await supervisor.FillAsync("#receipt-amount", "1200");
        await supervisor.SelectOptionAsync("#receipt-method", "Transfer");
        await supervisor.FillAsync("#receipt-reference", "TX-20250101-0001");
        await supervisor.ClickAsync("#do-receipt");
        await supervisor.WaitForSelectorAsync(".notice");
        Assert.Equal("¥800.00", (await supervisor.InnerTextAsync("#case-owed-table tr[data-kind='Penalty'] td:nth-child(4)")).Trim());
        await supervisor.SelectOptionAsync("#receipt-against", "Penalty");
        await supervisor.FillAsync("#receipt-amount", "900");
        await supervisor.FillAsync("#receipt-reference", "TX-20250101-0002");
        await supervisor.ClickAsync("#do-receipt");
        Assert.Contains("超过本案罚款未缴金额800.00元", await supervisor.InnerTextAsync("#error"));
        Assert.Contains("TX-20250101-0001", await supervisor.InnerTextAsync(".timeline"));
        Assert.DoesNotContain("TX-20250101-0002", await supervisor.InnerTextAsync(".timeline"));
        Assert.Equal(("art38", "2000.00"), (await supervisor.InputValueAsync("#penalty-basis"), await supervisor.InputValueAsync("#penalty-amount")));
        await _shots.TakeAsync(supervisor, "receipt-refused");

        // Assert: the facility's portal, due = received + outstanding by kind
        IPage facility = await rig.SignInAsync(chromium.Browser, "fac-1");
        await facility.GotoAsync("/facility");
        Assert.Equal("¥1,800.00", (await facility.InnerTextAsync("#facility-outstanding")).Trim());
        Assert.Equal(["罚款", "¥2,000.00", "¥1,200.00", "¥800.00"], await Cells(facility, "#owed-by-kind tr[data-kind='Penalty'] td"));
        Assert.Equal(["追回", "¥1,000.00", "¥0.00", "¥1,000.00"], await Cells(facility, "#owed-by-kind tr[data-kind='Recovery'] td"));
        Assert.Equal(["合计", "¥3,000.00", "¥1,200.00", "¥1,800.00"], await Cells(facility, "#owed-by-kind tr[data-kind='Total'] td"));
        await _shots.TakeAsync(facility, "facility-owes");
        await facility.GotoAsync("/lang/en?back=%2Ffacility");
        Assert.Equal(["Penalty", "¥2,000.00", "¥1,200.00", "¥800.00"], await Cells(facility, "#owed-by-kind tr[data-kind='Penalty'] td"));
        await _shots.TakeAsync(facility, "facility-owes-en");

        // Assert: the bureau's ledger page says the same; the other facility reads none of it
        await supervisor.GotoAsync($"/ledger?facility={Facility}");
        Assert.Equal(["合计", "¥3,000.00", "¥1,200.00", "¥1,800.00"], await Cells(supervisor, "#owed-by-kind tr[data-kind='Total'] td"));
        Assert.Equal(1, await supervisor.Locator($"#owed-by-case a[href='{url}']").CountAsync());
        Assert.Equal(["罚款", "转账", "TX-20250101-0001", "¥1,200.00"], (await Cells(supervisor, "#receipts tbody tr td"))[2..]);
        await _shots.TakeAsync(supervisor, "bureau-ledger");
        IPage other = await rig.SignInAsync(chromium.Browser, "fac-2");
        Assert.Equal(403, (await other.APIRequest.GetAsync($"/api/ledger/owed?facility={Facility}")).Status);
        Assert.Equal(403, (await other.GotoAsync("/ledger"))!.Status);
    }

    private static async Task<string[]> Cells(IPage page, string selector) =>
        [.. (await page.Locator(selector).AllInnerTextsAsync()).Select(t => t.Trim())];
}
