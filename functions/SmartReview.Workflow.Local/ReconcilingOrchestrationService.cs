using DurableTask.Core;
using DurableTask.Core.History;

namespace SmartReview.Workflow.Local;

/// <summary>
/// The engine as the sidecar sees it, with each orchestration work item's new messages reconciled with the instance's
/// history as DurableTask.Core's own dispatcher does before it runs an orchestrator (the sidecar's dispatcher does
/// not): a second start message is dropped (two processes starting one instance at once each put one on the control
/// queue), and so is a message for another execution (a timer or activity result of the execution before a
/// continue-as-new). Without this, a second start fails the work item on every try and the instance never moves
/// again. Dropped messages are still deleted with the work item. Stopping an engine that never started (no worker
/// connected: a host with its workers off) does nothing; DurableTask.AzureStorage would throw, on a thread-pool thread.
/// </summary>
internal sealed class ReconcilingOrchestrationService(IOrchestrationService inner) : IOrchestrationService
{
    private volatile bool _started;

    public int TaskOrchestrationDispatcherCount => inner.TaskOrchestrationDispatcherCount;

    public int MaxConcurrentTaskOrchestrationWorkItems => inner.MaxConcurrentTaskOrchestrationWorkItems;

    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => inner.EventBehaviourForContinueAsNew;

    public int TaskActivityDispatcherCount => inner.TaskActivityDispatcherCount;

    public int MaxConcurrentTaskActivityWorkItems => inner.MaxConcurrentTaskActivityWorkItems;

    public async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        TaskOrchestrationWorkItem? item = await inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken).ConfigureAwait(false);
        if (item is not null)
        {
            item.NewMessages = Reconcile(item.OrchestrationRuntimeState, item.NewMessages);
        }

        return item!;
    }

    /// <summary>
    /// The messages an orchestrator may see: at most one start, and only for an instance that has none in its history;
    /// of the rest, those without an execution id (raised events) or for the current execution. With no execution
    /// known (no history, no start among the messages), all of them, for the engine to order.
    /// </summary>
    public static List<TaskMessage> Reconcile(OrchestrationRuntimeState state, IList<TaskMessage> messages)
    {
        TaskMessage? start = state.ExecutionStartedEvent is null ? messages.FirstOrDefault(IsStart) : null;
        string? execution = start?.OrchestrationInstance.ExecutionId ?? state.OrchestrationInstance?.ExecutionId;
        if (string.IsNullOrEmpty(execution))
        {
            return [.. messages];
        }

        return [.. messages.Where(m => IsStart(m)
            ? ReferenceEquals(m, start)
            : string.IsNullOrEmpty(m.OrchestrationInstance?.ExecutionId) || m.OrchestrationInstance.ExecutionId == execution)];
    }

    private static bool IsStart(TaskMessage message) => message.Event is ExecutionStartedEvent;

    public async Task StartAsync()
    {
        await inner.StartAsync().ConfigureAwait(false);
        _started = true;
    }

    public Task StopAsync() => _started ? inner.StopAsync() : Task.CompletedTask;

    public Task StopAsync(bool isForced) => _started ? inner.StopAsync(isForced) : Task.CompletedTask;

    public Task CreateAsync() => inner.CreateAsync();

    public Task CreateAsync(bool recreateInstanceStore) => inner.CreateAsync(recreateInstanceStore);

    public Task CreateIfNotExistsAsync() => inner.CreateIfNotExistsAsync();

    public Task DeleteAsync() => inner.DeleteAsync();

    public Task DeleteAsync(bool deleteInstanceStore) => inner.DeleteAsync(deleteInstanceStore);

    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => inner.GetDelayInSecondsAfterOnProcessException(exception);

    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => inner.GetDelayInSecondsAfterOnFetchException(exception);

    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    public Task CompleteTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem, OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages, IList<TaskMessage> orchestratorMessages, IList<TaskMessage> timerMessages, TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState) =>
        inner.CompleteTaskOrchestrationWorkItemAsync(workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages,
            continuedAsNewMessage, orchestrationState);

    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    public Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);

    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => inner.RenewTaskActivityWorkItemLockAsync(workItem);

    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage) =>
        inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);

    public Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem) => inner.AbandonTaskActivityWorkItemAsync(workItem);
}
