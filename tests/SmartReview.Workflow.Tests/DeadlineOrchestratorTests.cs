using Microsoft.DurableTask.Client;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Workflow.Tests.Support;

namespace SmartReview.Workflow.Tests;

/// <summary>The deadline timers on the real Durable Task engine: a timer gates the sweep, and every deadline set is armed.</summary>
public sealed class DeadlineOrchestratorTests(AzuriteFixture azurite)
{
    private static readonly OrchestrationRuntimeStatus[] Armed = [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Timer_BeforeItsInstant_PassesNothing_AtItsInstant_PassesEveryDueDeadline()
    {
        await using ReviewRig rig = await ReviewRig.StartAsync(azurite);
        CaseKey first = await rig.OpenAsync(definite: true);
        CaseKey second = await rig.OpenAsync(definite: true);
        DateTimeOffset instant = DateTimeOffset.UtcNow.AddSeconds(4);

        await rig.Timers.ArmAsync([instant], Ct);
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        ReviewCase waiting = await rig.CaseAsync(first);
        OrchestrationMetadata done = await rig.Host.Client.WaitForInstanceCompletionAsync(DeadlineInstance.IdOf(instant), getInputsAndOutputs: true, Ct);

        Assert.Equal(Stage.Appeal, waiting.Stage);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(2, done.ReadOutputAs<int>());
        Assert.True(done.LastUpdatedAt >= instant.UtcDateTime, "the sweep ran before its instant");
        Assert.Equal(Stage.FinalDecision, (await rig.CaseAsync(first)).Stage);
        Assert.Equal(Stage.FinalDecision, (await rig.CaseAsync(second)).Stage);
    }

    [Fact]
    public async Task Sweep_AfterPassingDeadlines_ArmsTheNextDeadline()
    {
        await using ReviewRig rig = await ReviewRig.StartAsync(azurite);
        CaseKey key = await rig.OpenAsync(definite: true);
        DateTimeOffset now = DateTimeOffset.UtcNow;

        await rig.Timers.ArmAsync([now], Ct);
        await rig.Host.Client.WaitForInstanceCompletionAsync(DeadlineInstance.IdOf(now), Ct);

        ReviewCase lapsed = await rig.CaseAsync(key);
        OrchestrationMetadata? next = await rig.Host.Client.GetInstanceAsync(DeadlineInstance.IdOf(lapsed.DueUtc!.Value), getInputsAndOutputs: true, Ct);
        Assert.Equal(Stage.FinalDecision, lapsed.Stage);
        Assert.NotNull(next);
        Assert.Contains(next.RuntimeStatus, Armed);
        Assert.Equal(lapsed.DueUtc, next.ReadInputAs<DateTimeOffset>());
    }

    [Fact]
    public async Task Decision_SettingANewDeadline_ArmsItsTimer()
    {
        await using ReviewRig rig = await ReviewRig.StartAsync(azurite);
        CaseKey key = await rig.OpenAsync(definite: false);

        CommandResult confirmed = await rig.Commands.HandleAsync(key, new ConfirmFlag(300m, "超标准收费"), new Actor("rev-1", Role.Reviewer), Ct);

        Assert.Equal(CommandStatus.Done, confirmed.Status);
        OrchestrationMetadata? timer = await rig.Host.Client.GetInstanceAsync(DeadlineInstance.IdOf(confirmed.Case!.DueUtc!.Value), Ct);
        Assert.NotNull(timer);
        Assert.Contains(timer.RuntimeStatus, Armed);
    }

    [Fact]
    public async Task Arm_SameInstantFromTwoProcesses_StartsOneTimer()
    {
        await using ReviewRig rig = await ReviewRig.StartAsync(azurite);
        DateTimeOffset instant = DateTimeOffset.UtcNow.AddDays(3);
        var other = new DurableDeadlineTimers(rig.Host.Client);

        await rig.Timers.ArmAsync([instant], Ct);
        OrchestrationMetadata armed = await rig.Host.Client.WaitForInstanceStartAsync(DeadlineInstance.IdOf(instant), Ct);
        await other.ArmAsync([instant, instant], Ct);
        OrchestrationMetadata? again = await rig.Host.Client.GetInstanceAsync(DeadlineInstance.IdOf(instant), Ct);

        Assert.NotNull(again);
        Assert.Equal(armed.CreatedAt, again.CreatedAt);
        Assert.Contains(again.RuntimeStatus, Armed);
    }
}
