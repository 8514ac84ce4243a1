using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Cases;

public sealed class ReviewFlowStorageTests(AzuriteFixture azurite)
{
    private const string Facility = "H33010000001";

    [Fact]
    public async Task FullChain_AppealContestAndPanel_PostsThePanelAmountToTheLedger()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility, amount: 1000m);

        await Expect(rig.DoAsync(key, new ConfirmFlag(800m, "重复收费"), Reviewer1), Stage.Appeal);
        await Expect(rig.DoAsync(key, new FileAppeal("医嘱齐全", []), People.Facility(Facility)), Stage.ReReview);
        await Expect(rig.DoAsync(key, new UpholdDecision("证据不足以推翻"), Reviewer2), Stage.Appeal);
        await Expect(rig.DoAsync(key, new ContestDecision("申请合议", []), People.Facility(Facility)), Stage.Panel);
        await Expect(rig.DoAsync(key, new CastVote(Outcome.Confirmed, 800m, "同意"), Panel[0]), Stage.Panel);
        await Expect(rig.DoAsync(key, new CastVote(Outcome.Confirmed, 600m, "部分同意"), Panel[1]), Stage.Panel);
        await Expect(rig.DoAsync(key, new CastVote(Outcome.Dismissed, null, "不同意"), Panel[2]), Stage.FinalDecision);
        await Expect(rig.DoAsync(key, new FinaliseDecision("按合议结果"), Supervisor), Stage.Closed);

        IReadOnlyList<LedgerPosting> ledger = await rig.Store.LedgerAsync(Facility, null, Ct);
        Assert.Equal(600m, Assert.Single(ledger).Amount);
        IReadOnlyList<CaseEvent> events = await rig.Store.EventsAsync(key, Ct);
        Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e.Sequence));
        Assert.Equal(await rig.CaseAsync(key), ReviewFlow.Replay(events));
    }

    [Fact]
    public async Task Dismissal_Finalised_PostsNothing()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility);

        await Expect(rig.DoAsync(key, new DismissFlag("有手术记录"), Reviewer1), Stage.FinalDecision);
        await Expect(rig.DoAsync(key, new FinaliseDecision("同意驳回"), Supervisor), Stage.Closed);

        Assert.Empty(await rig.Store.LedgerAsync(Facility, null, Ct));
    }

    [Fact]
    public async Task Correction_OfAClosedCase_ReversesAndRebooks()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility, amount: 500m, definite: true);
        await Expect(rig.DoAsync(key, new AcceptDecision(null), People.Facility(Facility)), Stage.FinalDecision);
        await Expect(rig.DoAsync(key, new FinaliseDecision("确认"), Supervisor), Stage.Closed);

        await Expect(rig.DoAsync(key, new CorrectDecision(Outcome.Confirmed, 320m, "复核更正金额"), Supervisor), Stage.Closed);

        IReadOnlyList<LedgerPosting> ledger = await rig.Store.LedgerAsync(Facility, null, Ct);
        Assert.Equal([500m, -500m, 320m], ledger.OrderBy(p => p.Sequence).ThenByDescending(p => p.Amount < 0).Select(p => p.Amount));
        Assert.Equal(320m, ledger.Sum(p => p.Amount));
    }

    [Fact]
    public async Task ReReview_BySameReviewer_IsRefusedAndChangesNothing()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility);
        await Expect(rig.DoAsync(key, new ConfirmFlag(100m, "超标准收费"), Reviewer1), Stage.Appeal);
        await Expect(rig.DoAsync(key, new FileAppeal("有依据", []), People.Facility(Facility)), Stage.ReReview);

        CommandResult result = await rig.DoAsync(key, new UpholdDecision("维持"), Reviewer1);

        Assert.Equal(CommandStatus.Rejected, result.Status);
        Assert.Equal(RejectionCode.NotAllowed, result.Rejection!.Code);
        Assert.Equal(3, (await rig.Store.EventsAsync(key, Ct)).Count);
    }

    [Fact]
    public async Task OtherFacility_AppealingSomeoneElsesCase_IsToldItDoesNotExist()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility, definite: true);

        CommandResult intruder = await rig.DoAsync(key, new FileAppeal("不是我的", []), People.Facility("H33010000002"));
        CommandResult guessed = await rig.DoAsync(key with { FacilityId = "H33010000002" }, new FileAppeal("换个分区", []), People.Facility("H33010000002"));

        Assert.Equal(CommandStatus.NotFound, intruder.Status);
        Assert.Equal(CommandStatus.NotFound, guessed.Status);
        Assert.Single(await rig.Store.EventsAsync(key, Ct));
    }

    [Fact]
    public async Task SixteenReviewers_ConfirmingAtOnce_ExactlyOneWins()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility, amount: 900m);
        using var start = new ManualResetEventSlim();
        Task<CommandResult>[] racing = [.. Enumerable.Range(1, 16).Select(i => Task.Run(() =>
        {
            start.Wait(Ct);
            return rig.DoAsync(key, new ConfirmFlag(i * 10m, $"审核人{i}确认"), new Actor($"rev-{i}", Role.Reviewer));
        }, Ct))];

        start.Set();
        CommandResult[] decided = await Task.WhenAll(racing);

        CommandResult winner = Assert.Single(decided, r => r.Status == CommandStatus.Done);
        Assert.All(decided.Where(r => r != winner), r => Assert.True(r.Status is CommandStatus.Conflict or CommandStatus.Rejected, r.Status.ToString()));
        IReadOnlyList<CaseEvent> events = await rig.Store.EventsAsync(key, Ct);
        Assert.Equal(2, events.Count);
        Assert.Equal(winner.Case!.Amount, (await rig.CaseAsync(key)).Amount);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task Expect(Task<CommandResult> command, Stage stage)
    {
        CommandResult result = await command;
        Assert.True(result.Status == CommandStatus.Done, $"{result.Status}: {result.Rejection?.Message}");
        Assert.Equal(stage, result.Case!.Stage);
    }
}
