using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace SmartReview.Workflow;

/// <summary>Starting an orchestration under a fixed instance id when another process may be starting the same one.</summary>
internal static class StartOnce
{
    /// <summary>
    /// Starts <paramref name="orchestrator"/> as <paramref name="id"/>, or finds that another process did: null when
    /// this call started it, else the instance the other start left (one that <paramref name="started"/> accepts;
    /// otherwise the start's own exception is thrown). A live instance (pending, running, suspended) is never replaced:
    /// without that, DurableTask.AzureStorage overwrites a pending one and queues a second start.
    /// </summary>
    public static async Task<OrchestrationMetadata?> StartOnceAsync(this DurableTaskClient client, string orchestrator, object input, string id,
        Func<OrchestrationMetadata, bool> started, CancellationToken cancel)
    {
        try
        {
            StartOrchestrationOptions options = new StartOrchestrationOptions(id).WithDedupeStatuses(
                OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended);
            await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, options, cancel).ConfigureAwait(false);
            return null;
        }
        catch (Exception)
        {
            // Started by another process in the meantime? Each backend says so with its own exception.
            OrchestrationMetadata? instance = await client.GetInstanceAsync(id, cancel).ConfigureAwait(false);
            if (instance is null || !started(instance))
            {
                throw;
            }

            return instance;
        }
    }
}
