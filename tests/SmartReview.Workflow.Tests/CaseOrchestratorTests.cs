using Microsoft.DurableTask.Client;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Workflow.Tests.Support;

namespace SmartReview.Workflow.Tests;

/// <summary>
/// A case's orchestration on the real Durable Task engine: started by a person's first decision (unless it closed the
/// case), it follows every decision, lets the deadline's timer apply a stage's default outcome, waits through the
/// panel's votes and ends with the case's outcome. The case rows stay the record: every assertion on the case reads them.
/// </summary>
public sealed class CaseOrchestratorTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly Actor Reviewer = new("rev-1", Role.Reviewer);
    private static readonly Actor ReReviewer = new("rev-2", Role.Reviewer);
    private static readonly Actor Supervisor = new("sup-1", Role.Supervisor);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstDecision_StartsTheOrchestration_WaitingOnTheCasesNewDeadline()
    {
        await using ReviewRig rig = await ReviewRig.StartAsync(azurite);
        CaseKey key = await rig.OpenAsync(definite: false, at: DateTimeOffset.UtcNow);
        Assert.Null(await rig.Host.Client.GetInstanceAsync(CaseInstance.IdOf(key), Ct));

        CommandResult confirmed = await rig.Commands.HandleAsync(key, new ConfirmFlag(300m, "超标准收费"), Reviewer, Ct);

        CaseFlow flow = await FlowAtAsync(rig, key, version: 2);
        Assert.Equal(CommandStatus.Done, confirmed.Status);
        Assert.Equal(CaseFlow.Of(confirmed.Case!), flow);
        Assert.Equal(Stage.Appeal, flow.Stage);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await rig.Host.Client.GetInstanceAsync(CaseInstance.IdOf(key), Ct))!.RuntimeStatus);
    }

    [Fact]
    public async Task FirstDecision_ClosingTheCase_StartsNoOrchestration()
    {
        // Arrange: a definite flag whose appeal window lapsed (the platform's decision), so a supervisor's is the first a person makes.
        await using ReviewRig rig = await ReviewRig.StartAsync(azurite);
        CaseKey key = await rig.OpenAsync(definite: true);
        await new DeadlineSweep(rig.Store, rig.CommandsAt(new ManualClock(ReviewRig.Opened.AddDays(20)), tell: false), TimeProvider.System).RunAsync(Ct);

        CommandResult finalised = await rig.Commands.HandleAsync(key, new FinaliseDecision("维持"), Supervisor, Ct);

        Assert.Equal((CommandStatus.Done, Stage.Closed), (finalised.Status, finalised.Case!.Stage));
        Assert.Null(await rig.Host.Client.GetInstanceAsync(CaseInstance.IdOf(key), Ct));
    }

    [Fact]
    public async Task Decisions_ThroughEveryStage_EndTheOrchestrationWithTheCasesOutcome()
    {
        // Arrange: above the panel threshold, so a confirmed re-review goes to the panel.
        await using ReviewRig rig = await ReviewRig.StartAsync(azurite);
        const string facility = "H33010000002";
        CaseKey key = await rig.OpenAsync(definite: false, facility, atStake: 8_000m, at: DateTimeOffset.UtcNow);
        Actor hospital = new("fac-1", Role.Facility, facility);

        // Act: first review, appeal, re-review, two votes (the panel waits), the third vote, final decision.
        await DoneAsync(rig, key, new ConfirmFlag(8_000m, "重复收费"), Reviewer);
        await DoneAsync(rig, key, new FileAppeal("已按医嘱执行", []), hospital);
        await DoneAsync(rig, key, new UpholdDecision("证据不足"), ReReviewer);
        await DoneAsync(rig, key, new CastVote(Outcome.Confirmed, 6_000m, "部分成立"), new Actor("pan-1", Role.PanelMember));
        await DoneAsync(rig, key, new CastVote(Outcome.Confirmed, 6_000m, "部分成立"), new Actor("pan-2", Role.PanelMember));
        CaseFlow waiting = await FlowAtAsync(rig, key, version: 6);
        await DoneAsync(rig, key, new CastVote(Outcome.Dismissed, null, "不成立"), new Actor("pan-3", Role.PanelMember));
        CaseFlow decided = await FlowAtAsync(rig, key, version: 8);
        await DoneAsync(rig, key, new FinaliseDecision("维持合议结论"), Supervisor);
        OrchestrationMetadata done = await CompletedAsync(rig, key);

        // Assert
        Assert.Equal((Stage.Panel, 2), (waiting.Stage, waiting.Votes));
        Assert.Equal((Stage.FinalDecision, 3, 6_000m), (decided.Stage, decided.Votes, decided.Amount));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        CaseFlow outcome = done.ReadOutputAs<CaseFlow>()!;
        Assert.Equal(CaseFlow.Of(await rig.CaseAsync(key)), outcome);
        Assert.Equal((Stage.Closed, Outcome.Confirmed, 6_000m), (outcome.Stage, outcome.FinalOutcome, outcome.Amount));
        Assert.Equal(6_000m, (await rig.Store.LedgerAsync(facility, null, Ct)).Single(p => p.CaseId == key.CaseId).Amount);
    }

    [Fact]
    public async Task Flows_ToldOutOfOrder_TheOlderAfterTheCaseClosed_StartNothingAgain()
    {
        // Arrange: confirmed (told: the orchestration starts), accepted (its flow held back), finalised (told: it ends).
        await using ReviewRig rig = await ReviewRig.StartAsync(azurite);
        const string facility = "H33010000005";
        CaseKey key = await rig.OpenAsync(definite: false, facility, atStake: 500m, at: DateTimeOffset.UtcNow);
        await DoneAsync(rig, key, new ConfirmFlag(500m, "超标准收费"), Reviewer);
        await FlowAtAsync(rig, key, version: 2);
        await DoneAsync(rig, key, new AcceptDecision("认可"), new Actor("fac-1", Role.Facility, facility),
            rig.CommandsAt(new ManualClock(DateTimeOffset.UtcNow), tell: false));
        CaseFlow accepted = CaseFlow.Of(await rig.CaseAsync(key));
        await DoneAsync(rig, key, new FinaliseDecision("维持"), Supervisor);
        OrchestrationMetadata ended = await CompletedAsync(rig, key);

        // Act: the accept's flow arrives last.
        await rig.Flows.TellAsync(accepted, Ct);

        // Assert: the instance is the one that ended, with the closed case's outcome.
        OrchestrationMetadata after = (await rig.Host.Client.GetInstanceAsync(CaseInstance.IdOf(key), getInputsAndOutputs: true, Ct))!;
        Assert.Equal(Stage.FinalDecision, accepted.Stage);
        Assert.Equal((OrchestrationRuntimeStatus.Completed, ended.CreatedAt), (after.RuntimeStatus, after.CreatedAt));
        Assert.Equal(Stage.Closed, after.ReadOutputAs<CaseFlow>()!.Stage);
    }

    [Fact]
    public async Task Timer_WinningTheAppealWindow_TakesTheFacilityToAccept_AndWaitsOnTheFinalDecision()
    {
        // Arrange: confirmed in 2024, so the appeal window is long past when the orchestration starts.
        await using ReviewRig rig = await ReviewRig.StartAsync(azurite);
        CaseKey key = await rig.OpenAsync(definite: false);
        CaseCommandHandler in2024 = rig.CommandsAt(new ManualClock(ReviewRig.Opened.AddDays(1)));

        // Act
        await DoneAsync(rig, key, new ConfirmFlag(300m, "超标准收费"), Reviewer, in2024);
        CaseFlow flow = await FlowAtAsync(rig, key, version: 3);

        // Assert: the platform took the default outcome once; the orchestration follows the case's new deadline.
        IReadOnlyList<CaseEvent> events = await rig.Store.EventsAsync(key, Ct);
        Assert.Equal([EventKind.CaseOpened, EventKind.FlagConfirmed, EventKind.AppealWindowLapsed], events.Select(e => e.Kind));
        Assert.Equal(Actor.SystemId, events[^1].ActorId);
        Assert.Equal(CaseFlow.Of(await rig.CaseAsync(key)), flow);
        Assert.Equal(Stage.FinalDecision, flow.Stage);
        Assert.True(flow.DueUtc > DateTimeOffset.UtcNow, "the final decision's deadline counts from when the window lapsed");
    }

    [Fact]
    public async Task Timer_WinningTheFinalDecision_ClosesTheCaseAsProposed_AndPostsItOnce()
    {
        // Arrange: a first decision in 2024, not yet told (else its appeal window's timer would race the facility).
        await using ReviewRig rig = await ReviewRig.StartAsync(azurite);
        const string facility = "H33010000003";
        CaseKey key = await rig.OpenAsync(definite: false, facility);
        var in2024 = new ManualClock(ReviewRig.Opened.AddDays(1));
        await DoneAsync(rig, key, new ConfirmFlag(300m, "超标准收费"), Reviewer, rig.CommandsAt(in2024, tell: false));

        // Act: the facility accepts in 2024, so the final decision is long due when the orchestration starts.
        await DoneAsync(rig, key, new AcceptDecision("认可"), new Actor("fac-1", Role.Facility, facility), rig.CommandsAt(in2024));
        OrchestrationMetadata done = await CompletedAsync(rig, key);

        // Assert
        IReadOnlyList<CaseEvent> events = await rig.Store.EventsAsync(key, Ct);
        Assert.Single(events, e => e.Kind == EventKind.DecisionFinalised && e.ActorId == Actor.SystemId);
        CaseFlow outcome = done.ReadOutputAs<CaseFlow>()!;
        Assert.Equal((Stage.Closed, Outcome.Confirmed, 300m), (outcome.Stage, outcome.FinalOutcome, outcome.Amount));
        Assert.Equal([300m], (await rig.Store.LedgerAsync(facility, null, Ct)).Where(p => p.CaseId == key.CaseId).Select(p => p.Amount));
    }

    [Fact]
    public async Task DeadlineActivity_RunTwice_PassesTheDeadlineOnce()
    {
        // Arrange: in final decision, due in 2024.
        await using ReviewRig rig = await ReviewRig.StartAsync(azurite);
        const string facility = "H33010000004";
        CaseKey key = await rig.OpenAsync(definite: true, facility);
        await new DeadlineSweep(rig.Store, rig.CommandsAt(new ManualClock(ReviewRig.Opened.AddDays(20)), tell: false), TimeProvider.System).RunAsync(Ct);
        CaseFlow due = CaseFlow.Of(await rig.CaseAsync(key));
        var activity = new PassCaseDeadlineActivity(new CaseCommandHandler(rig.Store, new ReviewSettings(), WorkingCalendar.China, TimeProvider.System), rig.Store);

        // Act: the second run is a replay of the first.
        CaseFlow first = await activity.PassAsync(due, Ct);
        CaseFlow again = await activity.PassAsync(due, Ct);

        // Assert
        Assert.Equal(Stage.FinalDecision, due.Stage);
        Assert.Equal(first, again);
        Assert.Equal((Stage.Closed, due.Version + 1), (first.Stage, first.Version));
        Assert.Single(await rig.Store.EventsAsync(key, Ct), e => e.Kind == EventKind.DecisionFinalised);
        Assert.Single(await rig.Store.LedgerAsync(facility, null, Ct), p => p.CaseId == key.CaseId);
    }

    private static async Task DoneAsync(ReviewRig rig, CaseKey key, CaseCommand command, Actor by, CaseCommandHandler? commands = null)
    {
        CommandResult result = await (commands ?? rig.Commands).HandleAsync(key, command, by, Ct);
        Assert.True(result.Status == CommandStatus.Done, $"{command.GetType().Name} by {by.Id}: {result.Status} {result.Rejection?.Message}");
    }

    private static async Task<OrchestrationMetadata> CompletedAsync(ReviewRig rig, CaseKey key)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Patience);
        return await rig.Host.Client.WaitForInstanceCompletionAsync(CaseInstance.IdOf(key), getInputsAndOutputs: true, timeout.Token);
    }

    /// <summary>The flow the case's orchestration holds (its custom status) once it has reached <paramref name="version"/>.</summary>
    private static async Task<CaseFlow> FlowAtAsync(ReviewRig rig, CaseKey key, int version)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Patience);
        CaseFlow? seen = null;
        OrchestrationMetadata? instance = null;
        while (!timeout.IsCancellationRequested)
        {
            instance = await rig.Host.Client.GetInstanceAsync(CaseInstance.IdOf(key), getInputsAndOutputs: true, Ct);
            seen = instance?.SerializedCustomStatus is null ? null : instance.ReadCustomStatusAs<CaseFlow>();
            if (seen?.Version >= version)
            {
                return seen;
            }

            await Task.Delay(50, Ct);
        }

        throw new TimeoutException($"the orchestration of case {key.CaseId} did not reach version {version} within {Patience} (last seen {seen}, {instance?.RuntimeStatus} {instance?.FailureDetails})");
    }
}
