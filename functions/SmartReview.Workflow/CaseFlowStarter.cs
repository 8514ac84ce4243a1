using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using SmartReview.Application.Cases;

namespace SmartReview.Workflow;

/// <summary>
/// Tells a case's orchestration that the case moved on (a queued <see cref="CaseFlow"/>): raises <see cref="CaseOrchestrator.Decided"/>
/// while it runs, starts it when there is none (a person's first decision on the case, unless that closed it) or when
/// the one before has ended (failed, terminated) behind an open case's newer flow. Flows can arrive out of order: an
/// older one is ignored by the orchestration and starts nothing once the instance has ended. Two starters racing on
/// one case: the second start fails, finds the instance and raises the event instead.
/// </summary>
public sealed class CaseFlowStarter(DurableTaskClient client)
{
    public async Task TellAsync(CaseFlow flow, CancellationToken cancel)
    {
        string id = CaseInstance.IdOf(flow.Key);
        OrchestrationMetadata? instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancel).ConfigureAwait(false);
        if (instance is null || !Live(instance))
        {
            // Nothing to follow once the case is closed (a person's first decision can close it: a final decision after
            // the platform's), nor for a flow older than the one the ended instance saw.
            if (flow.Closed || (instance is not null && !Behind(instance, flow)))
            {
                return;
            }

            instance = await client.StartOnceAsync(nameof(CaseOrchestrator), flow, id, Live, cancel).ConfigureAwait(false);
            if (instance is null)
            {
                return; // started with this flow
            }
        }

        await client.RaiseEventAsync(id, CaseOrchestrator.Decided, flow, cancel).ConfigureAwait(false);
    }

    /// <summary>Whether the flow is newer than the last one the instance saw (its custom status): a flow that arrives late, after a newer one ended the instance, starts nothing.</summary>
    private static bool Behind(OrchestrationMetadata instance, CaseFlow flow) =>
        (instance.ReadCustomStatusAs<CaseFlow>()?.Version ?? 0) < flow.Version;

    private static bool Live(OrchestrationMetadata instance) =>
        instance.RuntimeStatus is OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Suspended;
}
