using Microsoft.Playwright;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>
/// The forms that open a case by hand: a supervisor's tip case (an unknown facility refused at its field first), and
/// a facility's self-inspection report, which a reviewer adds evidence to and accepts, so the facility then owes its
/// refund. Screenshots go to out/screenshots/by-hand/.
/// </summary>
public sealed class HandOpenedPageTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    private const string Facility = "H33010000001";
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8];
    private readonly Screenshots _shots = new("by-hand");

    [Fact]
    public async Task OpenCaseForm_ATipCase_OpensInTheFacilitysAppealWindow()
    {
        // Arrange: the facility is known from a flagged settlement
        await rig.StartedAsync(azurite);
        await rig.OpenAsync(Facility, 100m);
        IPage supervisor = await rig.SignInAsync(chromium.Browser, "sup-1");
        await supervisor.GotoAsync("/");
        await supervisor.ClickAsync("a[href='/cases/new']");

        // Act: first for a facility the bureau does not know
        await supervisor.SelectOptionAsync("#origin", "Tip");
        await supervisor.FillAsync("#facility", "H99999999999");
        await supervisor.FillAsync("#settlement", "S000000000123");
        await supervisor.FillAsync("#amount", "2500");
        await supervisor.FillAsync("#statement", "举报线索：挂床住院，经核实虚记床位费2500元");
        await supervisor.ClickAsync("#do-open");

        // Assert: refused at the facility field, the rest kept
        Assert.Equal("facilityId", await supervisor.GetAttributeAsync("#error", "data-field"));
        Assert.Contains("H99999999999", await supervisor.InnerTextAsync("#error"));
        Assert.Equal(("Tip", "2500.00"), (await supervisor.InputValueAsync("#origin"), await supervisor.InputValueAsync("#amount")));
        await _shots.TakeAsync(supervisor, "open-case-refused");

        // Act: the facility it is
        await supervisor.FillAsync("#facility", Facility);
        await supervisor.ClickAsync("#do-open");
        await supervisor.WaitForSelectorAsync("article.case[data-stage='Appeal']");

        // Assert: the case page
        Assert.Equal("举报线索", (await supervisor.InnerTextAsync("#origin")).Trim());
        Assert.Contains("¥2,500.00", await supervisor.InnerTextAsync("#amount"));
        Assert.Contains("挂床住院", await supervisor.InnerTextAsync(".why"));
        Assert.Contains("已立案", await supervisor.InnerTextAsync(".notice"));
        await _shots.TakeAsync(supervisor, "tip-case");
        string url = new Uri(supervisor.Url).AbsolutePath;

        // Assert: the facility may accept or appeal it
        IPage facility = await rig.SignInAsync(chromium.Browser, "fac-1");
        await facility.GotoAsync(url);
        Assert.True(await facility.IsVisibleAsync("#do-appeal"));
        Assert.True(await facility.IsVisibleAsync("#do-accept"));

        // Assert: in English
        await supervisor.GotoAsync("/lang/en?back=%2Fcases%2Fnew");
        Assert.Equal("Open a case by hand", (await supervisor.InnerTextAsync("h1")).Trim());
    }

    [Fact]
    public async Task SelfReportForm_FiledThenEvidencedAndAcceptedByAReviewer_TheFacilityOwesTheRefund()
    {
        // Arrange
        await rig.StartedAsync(azurite);
        IPage facility = await rig.SignInAsync(chromium.Browser, "fac-1");
        await facility.GotoAsync("/facility");
        await facility.ClickAsync("a[href='/facility/report']");

        // Act: the facility files its report
        await facility.FillAsync("#amount", "800.50");
        await facility.FillAsync("#statement", "自查发现重复收取诊查费，主动退回800.50元");
        await _shots.TakeAsync(facility, "self-report-form");
        await facility.ClickAsync("#do-report");
        await facility.WaitForSelectorAsync("article.case[data-stage='FirstReview']");
        string url = new Uri(facility.Url).AbsolutePath;

        // Assert
        Assert.Equal("自查自纠", (await facility.InnerTextAsync("#origin")).Trim());
        Assert.StartsWith($"/cases/{Facility}.M", url, StringComparison.Ordinal);

        // Act: a reviewer attaches evidence, then accepts the report
        IPage reviewer = await rig.SignInAsync(chromium.Browser, "rev-1");
        await reviewer.GotoAsync(url);
        await reviewer.FillAsync("#note", "核对门诊诊查费收费明细");
        await reviewer.SetInputFilesAsync("#attach-files", new FilePayload { Name = "收费明细.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await reviewer.ClickAsync("#do-attach");
        await reviewer.WaitForSelectorAsync(".timeline li[data-kind='EvidenceAttached']");
        Assert.Contains("收费明细.pdf", await reviewer.InnerTextAsync(".timeline li[data-kind='EvidenceAttached']"));
        await reviewer.FillAsync("#reason", "退回金额与明细一致，予以受理");
        await reviewer.UncheckAsync("#next");
        await _shots.TakeAsync(reviewer, "self-report-review");
        await reviewer.ClickAsync("#do-acceptReport");
        await reviewer.WaitForSelectorAsync("article.case[data-stage='Closed']");

        // Assert: the facility owes the refund as a recovery
        await facility.GotoAsync("/facility");
        Assert.Equal("¥800.50", (await facility.InnerTextAsync("#facility-outstanding")).Trim());
        await _shots.TakeAsync(facility, "facility-owes-refund");
    }
}
