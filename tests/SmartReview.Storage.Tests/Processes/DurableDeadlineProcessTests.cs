using System.Diagnostics;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Tests.Support;
using SmartReview.Workflow;

namespace SmartReview.Storage.Tests.Processes;

/// <summary>
/// The host's durable deadline timers (DurableTask.AzureStorage on Azurite, through its in-process sidecar) as real
/// processes: the catch-up at start passes what fell due while no host ran, survives a hard kill, and arms the next
/// deadline.
/// </summary>
public sealed class DurableDeadlineProcessTests(AzuriteFixture azurite)
{
    private const int Cases = 600;
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Finish = TimeSpan.FromMinutes(3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Kill_HostMidCatchUp_RestartClosesEveryCaseExactlyOnce()
    {
        // Arrange: definite flags opened in 2024, their appeal windows lapsed (FinalDecision, due long ago); no timer armed.
        StorageOptions storage = azurite.NewOptions();
        var cases = new DeadlineCases(storage, CaseRigStart);
        await cases.OpenAsync(Cases, definite: true, Ct);
        Assert.Equal(Cases, await cases.SweepAtFirstDueAsync(Ct));
        var clock = Stopwatch.StartNew();

        // Act: A's catch-up closes some and A is killed; B's closes the rest.
        await using (WorkerProcess a = WorkerProcess.Start("A", storage, Settings(storage)))
        {
            string seen = await Poll.UntilAsync(async () => await cases.ClosedAsync(Ct) is > 0 and var n ? $"{n}" : null, Startup,
                () => "a first case closed by A\n" + a.Tail(), TimeSpan.FromMilliseconds(20));
            a.Kill();
            TestContext.Current.TestOutputHelper?.WriteLine($"A killed after {clock.Elapsed.TotalSeconds:F1} s with {seen} closed");
        }

        int closedByA = await cases.ClosedAsync(Ct);
        Assert.True(closedByA < Cases, "A closed every case before it was killed; open more cases");

        await using WorkerProcess b = WorkerProcess.Start("B", storage, Settings(storage));
        await Poll.UntilAsync(async () => await cases.ClosedAsync(Ct) == Cases ? "" : null, Finish,
            () => $"all {Cases} cases closed (A closed {closedByA})\n" + b.Tail(), TimeSpan.FromMilliseconds(250));
        TestContext.Current.TestOutputHelper?.WriteLine($"all closed after {clock.Elapsed.TotalSeconds:F1} s; A closed {closedByA}");

        // Assert: one final decision and one posting per case, sequences unbroken, the ledger to the fen.
        foreach ((CaseKey key, decimal _) in cases.Opened)
        {
            IReadOnlyList<CaseEvent> events = await cases.Store.EventsAsync(key, Ct);
            Assert.Single(events, e => e.Kind == EventKind.DecisionFinalised);
            Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e.Sequence));
        }

        List<LedgerPosting> ledger = [];
        foreach (string facility in DeadlineCases.FacilityIds)
        {
            ledger.AddRange(await cases.Store.LedgerAsync(facility, null, Ct));
        }

        Assert.Equal(cases.Opened.Select(c => c.Key.CaseId).Order(), ledger.Select(p => p.CaseId).Order());
        Assert.Equal(cases.Opened.Sum(c => c.Amount), ledger.Sum(p => p.Amount));
    }

    [Fact]
    public async Task Start_WithOpenCases_ArmsTheNextDeadline()
    {
        // Arrange: a case opened now, due in the future.
        StorageOptions storage = azurite.NewOptions();
        var cases = new DeadlineCases(storage, DateTimeOffset.UtcNow);
        await cases.OpenAsync(1, definite: true, Ct);
        CaseKey key = cases.Opened[0].Key;
        DateTimeOffset due = (await cases.Store.GetAsync(key, Ct))!.Case.DueUtc!.Value;
        var instances = new TaskHubInstances(azurite.ConnectionString, Hub(storage));

        // Act
        await using WorkerProcess host = WorkerProcess.Start("A", storage, Settings(storage));

        // Assert: the catch-up's sweep (DeadlineSweep given the timers by DI) armed the case's deadline, which waits for it.
        string status = await Poll.UntilAsync(() => instances.StatusAsync(DeadlineInstance.IdOf(due), Ct), Startup,
            () => $"instance {DeadlineInstance.IdOf(due)}\n" + host.Tail(), TimeSpan.FromMilliseconds(250));
        Assert.Contains(status, new[] { "Pending", "Running" });
        Assert.Equal(Stage.Appeal, (await cases.Store.GetAsync(key, Ct))!.Case.Stage);
    }

    /// <summary>Monday 2024-03-04 09:00 China time, as the case rig opens its cases.</summary>
    private static DateTimeOffset CaseRigStart => CaseRig.Start;

    private static string Hub(StorageOptions storage) => new string([.. storage.Prefix.Where(char.IsAsciiLetterOrDigit)]) + "dl";

    private static Dictionary<string, string> Settings(StorageOptions storage) => new() { ["Durable__TaskHub"] = Hub(storage) };
}
