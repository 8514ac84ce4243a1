using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using SmartReview.Application.Cases;
using SmartReview.Workflow;

namespace SmartReview.Functions;

/// <summary>
/// The deadline timers: <see cref="DeadlineOrchestrator"/> per due instant, its sweep activity, and a daily re-arm so
/// the chain of timers survives an outage (durable timers own the deadlines; there is no minute sweep).
/// </summary>
internal sealed class DeadlineFunctions(DeadlineSweep sweep, TimeProvider clock)
{
    [Function(nameof(DeadlineOrchestrator))]
    public static Task<int> OrchestrateAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new DeadlineOrchestrator().RunAsync(context, context.GetInput<DateTimeOffset>());

    /// <summary>What <see cref="PassDeadlinesActivity"/> does, on the sweep from DI; the sweep arms the next instants.</summary>
    [Function(nameof(PassDeadlinesActivity))]
    public async Task<int> PassDeadlinesAsync([ActivityTrigger] DateTimeOffset due, [DurableClient] DurableTaskClient durable, CancellationToken cancel)
    {
        using (InvocationDeadlineTimers.Use(durable))
        {
            return await sweep.RunAsync(cancel);
        }
    }

    /// <summary>01:00 UTC daily (09:00 China time).</summary>
    [Function("ArmDeadlines")]
    public async Task ArmAsync([TimerTrigger("0 0 1 * * *")] TimerInfo timer, [DurableClient] DurableTaskClient durable, CancellationToken cancel)
    {
        using (InvocationDeadlineTimers.Use(durable))
        {
            await sweep.ArmNextAsync(clock.GetUtcNow(), cancel);
        }
    }
}
