using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Cases;

/// <summary>Claims and assignments: a work-list note on the case row, ETag-guarded, outside the event log, lapsing with the stage.</summary>
public sealed class AssignmentTests(AzuriteFixture azurite)
{
    private const string FacilityA = "H33010000001";

    [Fact]
    public async Task Claim_TwoReviewersAtOnce_OneWinsTheOtherConflicts()
    {
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        CaseKey[] keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => rig.Cases.OpenAsync(FacilityA)));

        AssignmentResult[][] results = await Task.WhenAll(keys.Select(k => Task.WhenAll(
            rig.Claims.ClaimAsync(k, Reviewer1, Ct), rig.Claims.ClaimAsync(k, Reviewer2, Ct))));

        foreach ((CaseKey key, AssignmentResult[] pair) in keys.Zip(results))
        {
            AssignmentResult won = Assert.Single(pair, r => r.Status == CommandStatus.Done);
            AssignmentResult lost = Assert.Single(pair, r => r.Status == CommandStatus.Conflict);
            Assert.Equal(won.Assignment!.UserId, lost.Assignment!.UserId);
            Assert.Equal(won.Assignment.UserId, (await rig.AssignmentOfAsync(key))!.UserId);
            Assert.Single(await rig.Cases.Store.EventsAsync(key, Ct));
        }
    }

    [Fact]
    public async Task Claim_HeldBySomeoneElse_ConflictsUntilASupervisorAssigns()
    {
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        CaseKey key = await rig.Cases.OpenAsync(FacilityA);
        Assert.Equal(CommandStatus.Done, (await rig.Claims.ClaimAsync(key, Reviewer1, Ct)).Status);

        AssignmentResult again = await rig.Claims.ClaimAsync(key, Reviewer1, Ct);
        AssignmentResult other = await rig.Claims.ClaimAsync(key, Reviewer2, Ct);
        AssignmentResult otherRelease = await rig.Claims.ReleaseAsync(key, Reviewer2, Ct);
        AssignmentResult reviewerAssigns = await rig.Claims.AssignAsync(key, Reviewer2.Id, Reviewer2, Ct);
        AssignmentResult assigned = await rig.Claims.AssignAsync(key, Reviewer2.Id, Supervisor, Ct);
        AssignmentResult formerHolder = await rig.Claims.ClaimAsync(key, Reviewer1, Ct);
        CaseAssignment? held = await rig.AssignmentOfAsync(key);
        AssignmentResult released = await rig.Claims.ReleaseAsync(key, Reviewer2, Ct);

        Assert.Equal(CommandStatus.Done, again.Status);
        Assert.Equal((CommandStatus.Conflict, Reviewer1.Id), (other.Status, other.Assignment!.UserId));
        Assert.Equal(CommandStatus.Conflict, otherRelease.Status);
        Assert.Equal(CommandStatus.Rejected, reviewerAssigns.Status);
        Assert.Equal(("只有主管或管理员可以分派案件。", "Only a supervisor or an administrator assigns cases."),
            (reviewerAssigns.Rejection!.MessageZh, reviewerAssigns.Rejection.MessageEn));
        Assert.Equal(CommandStatus.Done, assigned.Status);
        Assert.Equal(CommandStatus.Conflict, formerHolder.Status);
        Assert.Equal((Reviewer2.Id, Supervisor.Id, Stage.FirstReview), (held!.UserId, held.AssignedBy, held.Stage));
        Assert.Equal(CommandStatus.Done, released.Status);
        Assert.Null(await rig.AssignmentOfAsync(key));
        Assert.Single(await rig.Cases.Store.EventsAsync(key, Ct));
    }

    [Fact]
    public async Task Claim_CaseChangesStage_ClaimLapses_ButAnEscalationKeepsIt()
    {
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        CaseKey decided = await rig.Cases.OpenAsync(FacilityA);
        CaseKey late = await rig.Cases.OpenAsync(FacilityA);
        await rig.Claims.ClaimAsync(decided, Reviewer1, Ct);
        await rig.Claims.ClaimAsync(late, Reviewer1, Ct);

        Assert.Equal(CommandStatus.Done, (await rig.Cases.DoAsync(decided, new ConfirmFlag(500m, "确认违规"), Reviewer1)).Status);
        rig.Cases.Clock.Now = (await rig.Cases.CaseAsync(late)).DueUtc!.Value;
        Assert.Equal(CommandStatus.Done, (await rig.Cases.DoAsync(late, new PassDeadline(), Actor.System)).Status);

        Assert.Null(await rig.AssignmentOfAsync(decided));
        Assert.Empty(await rig.ListAsync(new CaseQuery(Stage.Appeal, null, null, 50, null) { AssigneeId = Reviewer1.Id }));
        Assert.True((await rig.Cases.CaseAsync(late)).Escalated);
        Assert.Equal(Reviewer1.Id, (await rig.AssignmentOfAsync(late))!.UserId);
        Assert.Equal([late.ToString()], await rig.ListAsync(new CaseQuery(Stage.FirstReview, null, null, 50, null) { AssigneeId = Reviewer1.Id }));
    }

    [Fact]
    public async Task Claim_ByWhoMayNotDecide_IsRefused()
    {
        WorkRig rig = await WorkRig.CreateAsync(azurite);
        CaseKey reReview = await rig.InReReviewAsync(Reviewer1);

        AssignmentResult firstReviewer = await rig.Claims.ClaimAsync(reReview, Reviewer1, Ct);
        AssignmentResult assignedToFirstReviewer = await rig.Claims.AssignAsync(reReview, Reviewer1.Id, Supervisor, Ct);
        AssignmentResult panel = await rig.Claims.ClaimAsync(reReview, Panel[0], Ct);
        AssignmentResult facility = await rig.Claims.ClaimAsync(reReview, People.Facility(FacilityA), Ct);
        AssignmentResult other = await rig.Claims.ClaimAsync(reReview, Reviewer2, Ct);

        Assert.Equal((CommandStatus.Rejected, RejectionCode.NotAllowed), (firstReviewer.Status, firstReviewer.Rejection!.Code));
        Assert.Equal((CommandStatus.Rejected, RejectionCode.NotAllowed), (assignedToFirstReviewer.Status, assignedToFirstReviewer.Rejection!.Code));
        Assert.Equal(CommandStatus.Rejected, panel.Status);
        Assert.Equal(CommandStatus.NotFound, facility.Status);
        Assert.Equal(CommandStatus.Done, other.Status);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
