using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>
/// A hospital's insurance clerk's day: searching the facility's list by settlement number, seeing a closed case's final
/// outcome and what is still owed on it, opening it, and exporting the list. Screenshots go to out/screenshots/clerk/.
/// </summary>
public sealed class ClerkDayTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    private const string Facility = "H33010000001";
    private readonly Screenshots _shots = new("clerk");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Clerk_SearchesBySettlement_SeesTheFinalOutcomeAndWhatIsOwed_OpensTheCase_ExportsTheList()
    {
        // Arrange: a case confirmed for ¥800, accepted, finalised, ¥300 received; another still in first review
        await rig.StartedAsync(azurite);
        CaseKey closed = await rig.OpenAsync(Facility, 1000m);
        await rig.OpenAsync(Facility, 500m);
        var handler = new CaseCommandHandler(rig.Store, new ReviewSettings(), WorkingCalendar.China, TimeProvider.System);
        await Done(handler, closed, new ConfirmFlag(800m, "超标准收费"), new Actor("rev-1", Role.Reviewer));
        await Done(handler, closed, new AcceptDecision(null), new Actor("fac-1", Role.Facility, Facility));
        await Done(handler, closed, new FinaliseDecision("维持初审意见"), new Actor("sup-1", Role.Supervisor));
        await Done(handler, closed, new RecordReceipt(LedgerKind.Recovery, 300m, ReceiptMethod.Deduction, "2025-01 拨付扣减"), new Actor("sup-1", Role.Supervisor));
        FlagSummary flag = (await rig.Store.GetAsync(closed, Ct))!.Case.Flag;

        // Act: the clerk searches the list by the settlement number
        IPage clerk = await rig.SignInAsync(chromium.Browser, "fac-1");
        await clerk.GotoAsync("/facility");
        await clerk.FillAsync("#facility-search input[name='settlement']", flag.SettlementId);
        await clerk.ClickAsync("#facility-search button[type='submit']");
        await clerk.WaitForSelectorAsync("#facility-search-clear");
        await _shots.TakeAsync(clerk, "search-by-settlement");

        // Assert: one row, closed, with its settlement, person, discharge, final outcome and what is owed
        ILocator rows = clerk.Locator("#facility-cases tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        ILocator row = rows.First;
        Assert.Equal("Closed", await row.GetAttributeAsync("data-stage"));
        Assert.Equal((flag.SettlementId, flag.PersonId, "2024-02-28"),
            (await Text(row, ".settlement"), await Text(row, ".person"), await Text(row, ".discharge")));
        Assert.Equal("最终结论 · 确认违规 ¥800.00", await Text(row, ".outcome"));
        Assert.Equal(("¥800.00", "¥300.00", "¥500.00"), (await Text(row, ".owed-due"), await Text(row, ".owed-received"), await Text(row, ".owed-outstanding")));
        Assert.DoesNotContain("拟定结论", await row.InnerTextAsync());

        // Act: opens the case
        await row.Locator("a.case-link").ClickAsync();
        await clerk.WaitForSelectorAsync("article.case[data-stage='Closed']");
        await _shots.TakeAsync(clerk, "closed-case");

        // Assert: the case page says the same
        Assert.Equal(["追回", "¥800.00", "¥300.00", "¥500.00"],
            [.. (await clerk.Locator("#case-owed-table tr[data-kind='Recovery'] td").AllInnerTextsAsync()).Select(t => t.Trim())]);

        // Act: back to the list, exports what it shows
        await clerk.GoBackAsync();
        IDownload download = await clerk.RunAndWaitForDownloadAsync(() => clerk.ClickAsync("#export-list"));

        // Assert: the workbook holds that one case, with its settlement
        Assert.StartsWith("flags-", download.SuggestedFilename, StringComparison.Ordinal);
        using SpreadsheetDocument book = SpreadsheetDocument.Open((await download.PathAsync())!, false);
        WorksheetPart sheet = book.WorkbookPart!.WorksheetParts.Single();
        Row[] sheetRows = [.. sheet.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()];
        Assert.Equal(2, sheetRows.Length);
        Assert.Equal([closed.ToString(), flag.FlagId, flag.SettlementId], sheetRows[1].Elements<Cell>().Take(3).Select(c => c.InnerText));
    }

    private static async Task<string> Text(ILocator row, string selector) => (await row.Locator(selector).InnerTextAsync()).Trim();

    private static async Task Done(CaseCommandHandler handler, CaseKey key, CaseCommand command, Actor actor) =>
        Assert.Equal(CommandStatus.Done, (await handler.HandleAsync(key, command, actor, Ct)).Status);
}
