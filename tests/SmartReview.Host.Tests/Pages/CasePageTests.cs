using System.Net;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using SmartReview.Host.Web;
using SmartReview.Review;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Pages;

/// <summary>
/// What the case page and the work queue show a reviewer: the flag in the reader's language only, no "synthetic" source
/// label, "whole stay" for a flag that marks no line, no due row once closed, and a deadline as its last working day with
/// the working days left.
/// </summary>
public sealed class CasePageTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    [Fact]
    public async Task CasePage_InChinese_ShowsTheChineseMessageOnly()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA);

        string html = await PageAsync(Reviewer1, $"/cases/{key}");

        Assert.Contains("测试标记", html, StringComparison.Ordinal);
        Assert.DoesNotContain("test flag", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_SyntheticKnowledgeEntry_ShowsTheEntryWithoutTheLabel()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA, knowledge: "SYN-P-0001");

        string html = await PageAsync(Reviewer1, $"/cases/{key}");

        Assert.Contains("血气分析已包含钾、钠测定", html, StringComparison.Ordinal);
        Assert.DoesNotContain("synthetic", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CasePage_FlagWithoutLines_SaysItConcernsTheWholeStay()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA, lines: []);

        string html = await PageAsync(Reviewer1, $"/cases/{key}");

        Assert.Contains("涉及: <strong>整次住院", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_FlagThatStakesNothing_SaysTheReviewerSetsTheAmountUpToTheCeiling()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA, amount: 0m, ceiling: 12_345.60m);

        string html = await PageAsync(Reviewer1, $"/cases/{key}");

        Assert.Contains("由审核人认定（上限 ¥12,345.60）", html, StringComparison.Ordinal);
        Assert.Contains("max=\"12345.60\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_FacilityUserWhoseNameHasTheCode_ShowsTheCodeOnce()
    {
        await rig.StartedAsync(azurite);

        string html = await PageAsync(UserOfB, "/facility");
        int start = html.IndexOf("class=\"user\"", StringComparison.Ordinal);
        string header = html[start..html.IndexOf("</span>", start, StringComparison.Ordinal)];

        Assert.Single(header.Split(FacilityB)[1..]);
    }

    [Fact]
    public async Task CasePage_Closed_HasNoDueRow()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA);
        HttpResponseMessage dismissed = await rig.CommandAsync(Reviewer1, key.ToString(), """{"command":"DismissFlag","reason":"有手术记录"}""");
        HttpResponseMessage closed = await rig.CommandAsync(Supervisor, key.ToString(), """{"command":"FinaliseDecision","reason":"同意"}""");

        string html = await PageAsync(Supervisor, $"/cases/{key}");

        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Contains("data-stage=\"Closed\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("截止", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deadline_OnTheCaseInTheQueueAndThePortal_IsTheLastWorkingDayWithWorkingDaysLeft()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityB, rule: "SR-DUE");
        DateTimeOffset due = (await rig.Store.GetAsync(key, Ct))!.Case.DueUtc!.Value;
        int left = Deadline.WorkingDaysLeft(due, DateTimeOffset.UtcNow, WorkingCalendar.China);
        string expected = $"{WorkingCalendar.LastDay(due):yyyy-MM-dd} · 剩余 {left} 个工作日";

        string page = await PageAsync(Reviewer1, $"/cases/{key}");
        string queue = await PageAsync(Reviewer1, $"/work?stage=FirstReview&facility={FacilityB}&rule=SR-DUE");
        string portal = await PageAsync(UserOfB, "/facility?stage=FirstReview");
        string css = await (await rig.AsAsync(Anonymous)).GetStringAsync("/site.css", Ct);

        Assert.InRange(left, 1, 60);
        Assert.Contains(expected, page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"due\">" + expected, queue, StringComparison.Ordinal);
        Assert.Contains("<td class=\"due\">" + expected, portal, StringComparison.Ordinal);
        Assert.Contains(".due { white-space: nowrap; }", css, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string user, string path)
    {
        HttpResponseMessage answer = await (await rig.AsAsync(user)).GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadAsStringAsync(Ct);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
