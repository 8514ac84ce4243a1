using DurableTask.Core;
using DurableTask.Core.History;
using SmartReview.Storage.Queues;
using SmartReview.Workflow.Local;

namespace SmartReview.Workflow.Tests.Local;

/// <summary>What an orchestrator is given of a work item's messages, on DurableTask.Core's own types.</summary>
public sealed class ReconcilingOrchestrationServiceTests
{
    private const string Instance = "case|H1|F1";

    [Fact]
    public void TwoStarts_OfANewInstance_KeepTheFirstAndItsExecutionsMessages()
    {
        TaskMessage first = Start("e1");
        TaskMessage second = Start("e2");
        TaskMessage raised = Raised();
        TaskMessage ofSecond = Timer("e2");

        List<TaskMessage> kept = ReconcilingOrchestrationService.Reconcile(new OrchestrationRuntimeState(), [first, raised, second, ofSecond]);

        Assert.Equal([first, raised], kept);
        // The engine would have refused both: "Multiple ExecutionStartedEvent found".
        Assert.Throws<InvalidOperationException>(() => Replay(first, second));
    }

    [Fact]
    public void AStart_ForAnInstanceThatHasStarted_IsDropped_AndSoAreMessagesOfAnotherExecution()
    {
        OrchestrationRuntimeState started = Replay(Start("e2"));
        TaskMessage current = Timer("e2");
        TaskMessage older = Timer("e1");
        TaskMessage raised = Raised();

        List<TaskMessage> kept = ReconcilingOrchestrationService.Reconcile(started, [Start("e3"), older, current, raised]);

        Assert.Equal([current, raised], kept);
    }

    [Fact]
    public void NoExecutionKnown_KeepsEverything()
    {
        TaskMessage raised = Raised();
        TaskMessage timer = Timer("e1");

        Assert.Equal([raised, timer], ReconcilingOrchestrationService.Reconcile(new OrchestrationRuntimeState(), [raised, timer]));
    }

    private static OrchestrationRuntimeState Replay(params TaskMessage[] messages)
    {
        var state = new OrchestrationRuntimeState();
        foreach (TaskMessage message in messages)
        {
            state.AddEvent(message.Event);
        }

        return state;
    }

    private static TaskMessage Start(string execution)
    {
        var instance = new OrchestrationInstance { InstanceId = Instance, ExecutionId = execution };
        return new TaskMessage { OrchestrationInstance = instance, Event = new ExecutionStartedEvent(-1, "{}") { Name = "CaseOrchestrator", OrchestrationInstance = instance } };
    }

    private static TaskMessage Timer(string execution) => new()
    {
        OrchestrationInstance = new OrchestrationInstance { InstanceId = Instance, ExecutionId = execution },
        Event = new TimerFiredEvent(-1, DateTime.UtcNow) { TimerId = 0 },
    };

    private static TaskMessage Raised() => new()
    {
        OrchestrationInstance = new OrchestrationInstance { InstanceId = Instance },
        Event = new EventRaisedEvent(-1, "{}") { Name = "decided" },
    };
}
