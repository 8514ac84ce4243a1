using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace SmartReview.Workflow;

/// <summary>Starting an orchestration under a fixed instance id when another process may be starting the same one.</summary>
internal static class StartOnce
{
    /// <summary>
    /// Starts <paramref name="orchestrator"/> as <paramref name="id"/>, or finds that another process did: null when
    /// this call started it, else the instance the other start left (one that <paramref name="started"/> accepts;
    /// otherwise the start's own exception is thrown).
    /// </summary>
    public static async Task<OrchestrationMetadata?> StartOnceAsync(this DurableTaskClient client, string orchestrator, object input, string id,
        Func<OrchestrationMetadata, bool> started, CancellationToken cancel)
    {
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(id), cancel).ConfigureAwait(false);
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
