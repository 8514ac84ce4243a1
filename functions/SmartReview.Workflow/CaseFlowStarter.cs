using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using SmartReview.Application.Cases;

namespace SmartReview.Workflow;

/// <summary>
/// Tells a case's orchestration that the case moved on (a queued <see cref="CaseFlow"/>): raises <see cref="CaseOrchestrator.Decided"/>
/// while it runs, starts it when there is none (a person's first decision on the case) or when the one before has
/// ended while the case is open. Two starters racing on one case: the second start fails, finds the instance and
/// raises the event instead.
/// </summary>
public sealed class CaseFlowStarter(DurableTaskClient client)
{
    public async Task TellAsync(CaseFlow flow, CancellationToken cancel)
    {
        string id = CaseInstance.IdOf(flow.Key);
        OrchestrationMetadata? instance = await client.GetInstanceAsync(id, cancel).ConfigureAwait(false);
        if (instance is null || (!Live(instance) && !flow.Closed))
        {
            instance = await client.StartOnceAsync(nameof(CaseOrchestrator), flow, id, Live, cancel).ConfigureAwait(false);
            if (instance is null)
            {
                return;
            }
        }

        if (Live(instance))
        {
            await client.RaiseEventAsync(id, CaseOrchestrator.Decided, flow, cancel).ConfigureAwait(false);
        }
    }

    private static bool Live(OrchestrationMetadata instance) =>
        instance.RuntimeStatus is OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Suspended;
}
