using System.Diagnostics;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Tests.Support;
using SmartReview.Workflow;

namespace SmartReview.Storage.Tests.Processes;

/// <summary>
/// Case orchestrations in the host as real processes on DurableTask.AzureStorage over Azurite, the task hub on an
/// Azurite of its own as the main job runs it (`Durable:ConnectionString`; the deadline process test keeps it on the
/// record's account): decisions queue their flows, the host starts the cases' orchestrations from the queue, is killed
/// mid-flow, and a second host closes every case with nothing written twice, and every case's orchestration ends (the
/// engine's messages A held come back after the visibility the test sets).
/// </summary>
public sealed class CaseFlowProcessTests(AzuriteFixture azurite)
{
    private const int Cases = 200;
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Finish = TimeSpan.FromMinutes(4);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Kill_HostMidFlow_RestartClosesEveryCaseOnce()
    {
        // Arrange: confirmed, then accepted by the facility in 2024 (that decision queues the case's flow), so every
        // final decision is long due.
        StorageOptions storage = azurite.NewOptions();
        var cases = new DeadlineCases(storage, CaseRig.Start);
        await cases.OpenAsync(Cases, definite: false, Ct);
        await DecideAllAsync(cases, new ConfirmFlag(0m, "超标准收费"), _ => new Actor("rev-1", Role.Reviewer), tell: false);
        await DecideAllAsync(cases, new AcceptDecision("认可"), key => new Actor("fac-1", Role.Facility, key.FacilityId), tell: true);
        await using var hubAccount = new AzuriteFixture();
        await hubAccount.InitializeAsync();
        var instances = new TaskHubInstances(hubAccount.ConnectionString, Hub(storage));
        var clock = Stopwatch.StartNew();

        // Act: A starts orchestrations and closes some cases, and is killed; B does the rest.
        await using (WorkerProcess a = WorkerProcess.Start("A", storage, Settings(storage, hubAccount)))
        {
            await Poll.UntilAsync(async () => await cases.ClosedAsync(Ct) > 0 ? "" : null, Startup, () => "a first case closed by A\n" + a.Tail(),
                TimeSpan.FromMilliseconds(20));
            a.Kill();
        }

        int closedByA = await cases.ClosedAsync(Ct);
        Statuses byA = await StatusesAsync(cases, instances);
        TestContext.Current.TestOutputHelper?.WriteLine($"A killed after {clock.Elapsed.TotalSeconds:F1} s: {closedByA} closed; orchestrations: {byA}");
        Assert.True(byA.Completed < Cases, "A ended every orchestration before it was killed; open more cases");
        Assert.True(closedByA < Cases, "A closed every case before it was killed; open more cases");

        await using WorkerProcess b = WorkerProcess.Start("B", storage, Settings(storage, hubAccount));
        await Poll.UntilAsync(async () => await cases.ClosedAsync(Ct) == Cases ? "" : null, Finish,
            () => $"all {Cases} cases closed (A closed {closedByA})\n" + b.Tail(), TimeSpan.FromMilliseconds(500));
        Statuses last = byA;
        await Poll.UntilAsync(async () => (last = await StatusesAsync(cases, instances)).Completed == Cases ? "" : null, Finish,
            () => $"every case's orchestration completed ({last})\n" + b.Tail(), TimeSpan.FromMilliseconds(500));
        TestContext.Current.TestOutputHelper?.WriteLine($"all closed and ended after {clock.Elapsed.TotalSeconds:F1} s");
        if (hubAccount.ConnectionString != azurite.ConnectionString) // two accounts unless SMARTREVIEW_TEST_STORAGE names one for both
        {
            var onRecord = new TaskHubInstances(azurite.ConnectionString, Hub(storage));
            Assert.Null(await onRecord.StatusAsync(CaseInstance.IdOf(cases.Opened.First().Key), Ct));
        }

        // Assert: each case closed once, as proposed, its events unbroken; the ledger to the fen.
        decimal expected = 0m;
        List<LedgerPosting> ledger = [];
        foreach ((CaseKey key, decimal amount) in cases.Opened)
        {
            IReadOnlyList<CaseEvent> events = await cases.Store.EventsAsync(key, Ct);
            Assert.Single(events, e => e.Kind == EventKind.DecisionFinalised);
            Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e.Sequence));
            Assert.Equal(Stage.Closed, (await cases.Store.GetAsync(key, Ct))!.Case.Stage);
            expected += Confirmed(amount);
        }

        foreach (string facility in DeadlineCases.FacilityIds)
        {
            ledger.AddRange(await cases.Store.LedgerAsync(facility, null, Ct));
        }

        Assert.Equal(cases.Opened.Select(c => c.Key.CaseId).Order(), ledger.Select(p => p.CaseId).Order());
        Assert.Equal(expected, ledger.Sum(p => p.Amount));
    }

    /// <summary>What the first reviewer confirms: the amount at stake less a tenth, to the fen (so it is not the amount at stake).</summary>
    private static decimal Confirmed(decimal atStake) => decimal.Round(atStake * 0.9m, 2);

    private static async Task DecideAllAsync(DeadlineCases cases, CaseCommand command, Func<CaseKey, Actor> by, bool tell)
    {
        cases.Clock.Now = cases.Clock.Now.AddDays(1);
        var commands = new CaseCommandHandler(cases.Store, new ReviewSettings(), WorkingCalendar.China, cases.Clock,
            flows: tell ? cases.Account.CaseFlowQueue : null);
        await Parallel.ForEachAsync(cases.Opened, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = Ct }, async (c, ct) =>
        {
            CaseCommand each = command is ConfirmFlag confirm ? confirm with { Amount = Confirmed(c.Amount) } : command;
            CommandResult result = await commands.HandleAsync(c.Key, each, by(c.Key), ct);
            Assert.Equal(CommandStatus.Done, result.Status);
        });
    }

    /// <summary>The runtime status of each case's orchestration ("none" before it starts).</summary>
    private static async Task<Statuses> StatusesAsync(DeadlineCases cases, TaskHubInstances instances)
    {
        var statuses = new List<string>();
        foreach ((CaseKey key, decimal _) in cases.Opened)
        {
            statuses.Add(await instances.StatusAsync(CaseInstance.IdOf(key), Ct) ?? "none");
        }

        return new Statuses(statuses);
    }

    private sealed record Statuses(IReadOnlyList<string> Each)
    {
        public int Completed => Each.Count(s => s == "Completed");

        public override string ToString() => string.Join(", ", Each.CountBy(s => s).Select(p => $"{p.Key} {p.Value}"));
    }

    private static string Hub(StorageOptions storage) => new string([.. storage.Prefix.Where(char.IsAsciiLetterOrDigit)]) + "cf";

    /// <summary>
    /// The test's own task hub on its own account, and a short visibility so the messages A received but did not finish
    /// (its flows and the engine's) come back soon. Not shorter than 30 s: on a loaded 2-core machine a work item can take
    /// over 10 s, and a message that comes back while its first handling still runs is handled twice at once (the
    /// engine's "processed multiple times concurrently"), which once left 2 of 200 orchestrations running for ever.
    /// </summary>
    private static Dictionary<string, string> Settings(StorageOptions storage, AzuriteFixture hubAccount) =>
        new() { ["Durable__TaskHub"] = Hub(storage), ["Durable__ConnectionString"] = hubAccount.ConnectionString, ["Workers__VisibilitySeconds"] = "30" };
}
