using Microsoft.DurableTask;
using SmartReview.Application.Cases;

namespace SmartReview.Workflow;

/// <summary>
/// One case's review flow, from a person's first decision to its close. Each stage waits for the case's decisions
/// (event <see cref="Decided"/>, sent after each person's decision commits; the newest version wins, an older one is
/// ignored) raced against a durable timer at the stage's working-day deadline; when the timer wins, the deadline is
/// passed through <see cref="PassCaseDeadlineActivity"/> (the stage's default outcome, or an escalation). The panel
/// stage keeps waiting until the votes make a majority (the vote that completes the panel decides it). A case closed
/// ends the orchestration with its outcome and amount; the final decision's ledger posting is written with it.
/// Each step continues as new, so the history stays one stage long. Deterministic: only the context's clock and timers.
/// </summary>
public sealed class CaseOrchestrator : TaskOrchestrator<CaseFlow, CaseFlow>
{
    public const string Decided = "decided";

    /// <summary>How long to wait before trying again a deadline the store did not take yet (its clock a little behind the timer's).</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(5), backoffCoefficient: 2));

    public override async Task<CaseFlow> RunAsync(TaskOrchestrationContext context, CaseFlow input)
    {
        context.SetCustomStatus(input);
        if (input.Closed)
        {
            return input;
        }

        context.ContinueAsNew(await NextAsync(context, input), preserveUnprocessedEvents: true);
        return input;
    }

    private static async Task<CaseFlow> NextAsync(TaskOrchestrationContext context, CaseFlow flow)
    {
        using var cancel = new CancellationTokenSource();
        Task<CaseFlow> decided = context.WaitForExternalEvent<CaseFlow>(Decided, cancel.Token);
        if (flow.DueUtc is not { } due)
        {
            return Newer(flow, await decided);
        }

        Task timer = context.CreateTimer(due.UtcDateTime, cancel.Token);
        Task first = await Task.WhenAny(decided, timer);
        cancel.Cancel(); // synchronously: an orchestration may await only durable tasks
        if (first == decided)
        {
            return Newer(flow, await decided);
        }

        CaseFlow passed = await context.CallActivityAsync<CaseFlow>(nameof(PassCaseDeadlineActivity), flow, Retry);
        if (passed.Version == flow.Version)
        {
            await context.CreateTimer(RetryAfter, CancellationToken.None);
        }

        return passed;
    }

    private static CaseFlow Newer(CaseFlow seen, CaseFlow told) => told.Version > seen.Version ? told : seen;
}
