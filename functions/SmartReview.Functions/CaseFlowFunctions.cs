using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Storage.Queues;
using SmartReview.Workflow;

namespace SmartReview.Functions;

/// <summary>
/// A case's review flow: <see cref="CaseOrchestrator"/>, its deadline activity, and the case-flow queue whose messages
/// (a person's decision each) start the orchestration at the first and tell it of the rest.
/// </summary>
internal sealed class CaseFlowFunctions(CaseCommandHandler commands, ICaseStore cases, StorageQueue<CaseFlow> queue, ILogger<CaseFlowFunctions> log)
{
    [Function(nameof(CaseOrchestrator))]
    public static Task<CaseFlow> OrchestrateAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new CaseOrchestrator().RunAsync(context, context.GetInput<CaseFlow>() ?? throw new InvalidOperationException("a case flow starts with its case"));

    /// <summary>What <see cref="PassCaseDeadlineActivity"/> does; a deadline it sets arms its instant's timer too.</summary>
    [Function(nameof(PassCaseDeadlineActivity))]
    public async Task<CaseFlow> PassDeadlineAsync([ActivityTrigger] CaseFlow flow, [DurableClient] DurableTaskClient durable, CancellationToken cancel)
    {
        using (InvocationDeadlineTimers.Use(durable))
        {
            return await new PassCaseDeadlineActivity(commands, cases).PassAsync(flow, cancel);
        }
    }

    [Function("CaseFlows")]
    public Task TellAsync([QueueTrigger("%CaseFlowQueue%")] string message, [DurableClient] DurableTaskClient durable, CancellationToken cancel) =>
        new CaseFlowConsumer(new CaseFlowStarter(durable)).HandleAsync(Parse(message), cancel);

    [Function("CaseFlowsPoisoned")]
    public void Poisoned([QueueTrigger("%CaseFlowQueue%-poison")] string message)
    {
        CaseFlow flow = Parse(message);
        log.LogError("case {CaseId} of facility {FacilityId}: version {Version} never reached its orchestration; the instant's timer still passes its deadline",
            flow.CaseId, flow.FacilityId, flow.Version);
    }

    private CaseFlow Parse(string message) => JsonSerializer.Deserialize(message, queue.Type) ?? throw new JsonException("empty case-flow message");
}
