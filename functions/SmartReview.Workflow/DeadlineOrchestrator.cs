using Microsoft.DurableTask;

namespace SmartReview.Workflow;

/// <summary>
/// The durable timer of one due instant: waits until then, then runs the deadline sweep as an activity (which passes
/// every deadline due and arms the next instants). Deterministic: only the context's clock and timer are used. A
/// timer longer than the backend allows is split by the worker (<c>MaximumTimerInterval</c>).
/// </summary>
public sealed class DeadlineOrchestrator : TaskOrchestrator<DateTimeOffset, int>
{
    /// <summary>How often a failed sweep is tried again before the orchestration fails (the next instant's sweep catches up anyway).</summary>
    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(5), backoffCoefficient: 2));

    public override async Task<int> RunAsync(TaskOrchestrationContext context, DateTimeOffset input)
    {
        if (context.CurrentUtcDateTime < input.UtcDateTime)
        {
            await context.CreateTimer(input.UtcDateTime, CancellationToken.None);
        }

        return await context.CallActivityAsync<int>(nameof(PassDeadlinesActivity), input, Retry);
    }
}
