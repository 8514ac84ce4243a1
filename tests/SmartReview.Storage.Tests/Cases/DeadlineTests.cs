using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Cases;

/// <summary>Deadlines through the durable timer (the case index swept by <see cref="DeadlineSweep"/>), with a hand-moved clock.</summary>
public sealed class DeadlineTests(AzuriteFixture azurite)
{
    private const string Facility = "H33010000001";

    [Fact]
    public async Task AppealWindow_Lapsing_LetsTheDecisionStandAndThenFinalises()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility, amount: 700m, definite: true);
        DateTimeOffset due = (await rig.CaseAsync(key)).DueUtc!.Value;

        rig.Clock.Now = due.AddSeconds(-1);
        Assert.Equal(0, await rig.Sweep.RunAsync(Ct));
        rig.Clock.Now = due;
        Assert.Equal(1, await rig.Sweep.RunAsync(Ct));
        ReviewCase lapsed = await rig.CaseAsync(key);
        Assert.Equal(Stage.FinalDecision, lapsed.Stage);

        rig.Clock.Now = lapsed.DueUtc!.Value;
        Assert.Equal(1, await rig.Sweep.RunAsync(Ct));

        ReviewCase closed = await rig.CaseAsync(key);
        Assert.Equal(Stage.Closed, closed.Stage);
        Assert.Equal(Outcome.Confirmed, closed.FinalOutcome);
        Assert.Equal(700m, Assert.Single(await rig.Store.LedgerAsync(Facility, null, Ct)).Amount);
        Assert.Equal([EventKind.CaseOpened, EventKind.AppealWindowLapsed, EventKind.DecisionFinalised],
            (await rig.Store.EventsAsync(key, Ct)).Select(e => e.Kind));
    }

    [Fact]
    public async Task AppealWindow_IsTenWorkingDays_AcrossNationalDay()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        rig.Clock.Now = new DateTimeOffset(2024, 9, 30, 2, 0, 0, TimeSpan.Zero);
        CaseKey key = await rig.OpenAsync(Facility, definite: true);

        DateTimeOffset due = (await rig.CaseAsync(key)).DueUtc!.Value;

        // Working days after Mon 30 Sep: Oct 8, 9, 10, 11, Sat 12 (make-up), 14, 15, 16, 17, 18 → due at the start of Oct 19, China time.
        Assert.Equal(new DateTimeOffset(2024, 10, 19, 0, 0, 0, TimeSpan.FromHours(8)), due);
    }

    [Fact]
    public async Task FirstReview_Overdue_IsEscalatedOnceAndStaysInStage()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility);
        rig.Clock.Now = (await rig.CaseAsync(key)).DueUtc!.Value.AddHours(1);

        int first = await rig.Sweep.RunAsync(Ct);
        int second = await rig.Sweep.RunAsync(Ct);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        ReviewCase escalated = await rig.CaseAsync(key);
        Assert.Equal(Stage.FirstReview, escalated.Stage);
        Assert.True(escalated.Escalated);
        Assert.True(escalated.DueUtc > rig.Clock.Now);
        Assert.Equal(2, (await rig.Store.EventsAsync(key, Ct)).Count);
    }

    [Fact]
    public async Task TwoSweepsAtOnce_PassEachDeadlineOnce()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey[] keys = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => rig.OpenAsync(Facility, definite: true)));
        rig.Clock.Now = (await rig.CaseAsync(keys[0])).DueUtc!.Value;

        int[] passed = await Task.WhenAll(rig.Sweep.RunAsync(Ct), new DeadlineSweep(rig.Store, rig.Commands, rig.Clock).RunAsync(Ct));

        Assert.Equal(20, passed.Sum());
        foreach (CaseKey key in keys)
        {
            Assert.Equal(2, (await rig.Store.EventsAsync(key, Ct)).Count);
        }
    }

    [Fact]
    public async Task Decision_BeforeTheDeadline_MovesTheCaseOutOfTheDueIndex()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = await rig.OpenAsync(Facility);
        DateTimeOffset firstDue = (await rig.CaseAsync(key)).DueUtc!.Value;
        rig.Clock.Now = firstDue.AddHours(-1);
        CommandResult confirmed = await rig.DoAsync(key, new ConfirmFlag(10m, "确认"), Reviewer1);

        rig.Clock.Now = firstDue;
        int passed = await rig.Sweep.RunAsync(Ct);

        Assert.Equal(0, passed);
        Assert.Empty(await TableScan.PartitionAsync(rig.Account.CaseIndex, nameof(Stage.FirstReview)));
        Assert.Single(await TableScan.PartitionAsync(rig.Account.CaseIndex, nameof(Stage.Appeal)));
        Assert.Equal(Stage.Appeal, (await rig.CaseAsync(key)).Stage);
        Assert.Equal(confirmed.Case!.Version, (await rig.CaseAsync(key)).Version);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
