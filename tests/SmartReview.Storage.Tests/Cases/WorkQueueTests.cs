using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Cases;

/// <summary>The queue's filters, the next case (assigned first, then free ones the caller may decide, claimed) and bulk decisions.</summary>
public sealed class WorkQueueTests(AzuriteFixture azurite)
{
    private const string FacilityA = "H33010000001";
    private const string FacilityB = "H33010000002";

    [Fact]
    public async Task Queue_ByAmountDueDateAndAssignee_ReadsTheRightCases()
    {
        // Arrange: cases opened a day apart (so due a working day apart), of 300, 800 and 1200 yuan at stake.
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        CaseKey small = await rig.Cases.OpenAsync(FacilityA, amount: 300m);
        rig.Cases.Clock.Now += TimeSpan.FromDays(1);
        CaseKey middle = await rig.Cases.OpenAsync(FacilityA, amount: 800m);
        rig.Cases.Clock.Now += TimeSpan.FromDays(1);
        CaseKey large = await rig.Cases.OpenAsync(FacilityB, amount: 1200m);
        await rig.Claims.ClaimAsync(middle, Reviewer1, Ct);
        await rig.Claims.AssignAsync(large, Reviewer2.Id, Supervisor, Ct);
        DateTimeOffset middleDue = (await rig.Cases.CaseAsync(middle)).DueUtc!.Value;
        var all = new CaseQuery(Stage.FirstReview, null, null, 2, null);

        // Act
        string[] atLeast800 = await rig.ListAsync(all with { MinAmount = 800m });
        string[] dueBeforeMiddle = await rig.ListAsync(all with { DueBefore = middleDue });
        string[] dueBeforeAfterMiddle = await rig.ListAsync(all with { DueBefore = middleDue.AddTicks(1) });
        string[] ofReviewer1 = await rig.ListAsync(all with { AssigneeId = Reviewer1.Id });
        string[] nobodys = await rig.ListAsync(all with { Unassigned = true });
        CasePage page = await rig.Queries.QueueAsync(all with { Take = 10 }, Ct);

        // Assert
        Assert.Equal([middle.ToString(), large.ToString()], atLeast800);
        Assert.Equal([small.ToString()], dueBeforeMiddle);
        Assert.Equal([small.ToString(), middle.ToString()], dueBeforeAfterMiddle);
        Assert.Equal([middle.ToString()], ofReviewer1);
        Assert.Equal([small.ToString()], nobodys);
        Assert.Equal([null, Reviewer1.Id, Reviewer2.Id], page.Items.Select(i => i.AssigneeId));
    }

    [Fact]
    public async Task Next_SkipsCasesTheCallerMayNotDecide_AndClaimsTheOneItGives()
    {
        // Arrange: in re-review, the earliest due first-reviewed by rev-1, then one by rev-2, then one assigned to rev-2.
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        CaseKey byReviewer1 = await rig.InReReviewAsync(Reviewer1);
        rig.Cases.Clock.Now += TimeSpan.FromDays(1);
        CaseKey byReviewer2 = await rig.InReReviewAsync(Reviewer2);
        rig.Cases.Clock.Now += TimeSpan.FromDays(1);
        CaseKey assigned = await rig.InReReviewAsync(Reviewer1);
        await rig.Claims.AssignAsync(assigned, Reviewer2.Id, Supervisor, Ct);

        // Act
        CaseKey? forReviewer1 = await rig.Next.NextAsync(Stage.ReReview, Reviewer1, Ct);
        CaseKey? forReviewer1Again = await rig.Next.NextAsync(Stage.ReReview, Reviewer1, Ct);
        CaseKey? forReviewer2 = await rig.Next.NextAsync(Stage.ReReview, Reviewer2, Ct);
        CaseKey? panelMember = await rig.Next.NextAsync(Stage.ReReview, Panel[0], Ct);
        CaseKey? firstReview = await rig.Next.NextAsync(Stage.FirstReview, Reviewer1, Ct);

        // Assert
        Assert.Equal(byReviewer2, forReviewer1);
        Assert.Equal(byReviewer2, forReviewer1Again);
        Assert.Equal(Reviewer1.Id, (await rig.AssignmentOfAsync(byReviewer2))!.UserId);
        Assert.Equal(assigned, forReviewer2);
        Assert.Null(panelMember);
        Assert.Null(firstReview);
        Assert.Null(await rig.AssignmentOfAsync(byReviewer1));
    }

    [Fact]
    public async Task Next_TwoReviewersAtOnce_GetDifferentCases()
    {
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => rig.Cases.OpenAsync(FacilityA)));

        CaseKey?[] got = await Task.WhenAll(rig.Next.NextAsync(Stage.FirstReview, Reviewer1, Ct), rig.Next.NextAsync(Stage.FirstReview, Reviewer2, Ct));

        Assert.All(got, k => Assert.NotNull(k));
        Assert.NotEqual(got[0], got[1]);
        Assert.Null(await rig.Next.NextAsync(Stage.FirstReview, Supervisor, Ct));
    }

    [Fact]
    public async Task Bulk_MixedStages_ListsEveryCaseWithItsOutcome()
    {
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        CaseKey[] first = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => rig.Cases.OpenAsync(FacilityA)));
        CaseKey appeal = await rig.Cases.OpenAsync(FacilityA, definite: true);
        string missing = new CaseKey(FacilityA, "F-NONE").ToString();
        string[] keys = [.. first.Select(k => k.ToString()), appeal.ToString(), missing, first[0].ToString()];

        BulkResult result = await rig.Bulk.HandleAsync(keys, new DismissFlag("同一规则误报"), Reviewer1, Ct);

        Assert.Equal(BulkStatus.Answered, result.Status);
        Assert.Equal(keys.Distinct(), result.Items.Select(i => i.Key));
        Assert.All(result.Items.Take(3), i => Assert.Equal(CommandStatus.Done, i.Status));
        Assert.Equal((CommandStatus.Rejected, RejectionCode.WrongStage), (result.Items[3].Status, result.Items[3].Rejection!.Code));
        Assert.Equal(CommandStatus.NotFound, result.Items[4].Status);
        Assert.All(first, k => Assert.Equal(Stage.FinalDecision, rig.Cases.CaseAsync(k).Result.Stage));
    }

    [Fact]
    public async Task Bulk_AcrossRulesOrFacilitiesOrTooMany_IsNotTried()
    {
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        CaseKey one = await rig.Cases.OpenAsync(FacilityA, rule: "SR-001");
        CaseKey otherRule = await rig.Cases.OpenAsync(FacilityA, rule: "SR-002");
        CaseKey otherFacility = await rig.Cases.OpenAsync(FacilityB, rule: "SR-001");
        var dismiss = new DismissFlag("误报");

        BulkResult rules = await rig.Bulk.HandleAsync([one.ToString(), otherRule.ToString()], dismiss, Reviewer1, Ct);
        BulkResult facilities = await rig.Bulk.HandleAsync([one.ToString(), otherFacility.ToString()], dismiss, Reviewer1, Ct);
        BulkResult tooMany = await rig.Bulk.HandleAsync([.. Enumerable.Range(0, BulkDecision.MaxCases + 1).Select(i => $"{FacilityA}.F{i}")], dismiss, Reviewer1, Ct);
        BulkResult none = await rig.Bulk.HandleAsync([], dismiss, Reviewer1, Ct);

        Assert.Equal(BulkStatus.Mixed, rules.Status);
        Assert.Equal(BulkStatus.Mixed, facilities.Status);
        Assert.Equal(BulkStatus.Invalid, tooMany.Status);
        Assert.Equal(BulkStatus.Invalid, none.Status);
        Assert.All([one, otherRule, otherFacility], k => Assert.Equal(Stage.FirstReview, rig.Cases.CaseAsync(k).Result.Stage));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
