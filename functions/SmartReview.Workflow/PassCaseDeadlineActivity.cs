using Microsoft.DurableTask;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Workflow;

/// <summary>
/// Passes one case's deadline when its timer fires and returns where the case stands then. Safe to run twice: the
/// deadline event is the case's next sequence, written only if the case is still at the version read, so a replay (or
/// the instant's sweep passing it first) finds the case moved on and writes nothing.
/// </summary>
public sealed class PassCaseDeadlineActivity(CaseCommandHandler commands, ICaseStore cases) : TaskActivity<CaseFlow, CaseFlow>
{
    public override Task<CaseFlow> RunAsync(TaskActivityContext context, CaseFlow input) => PassAsync(input, CancellationToken.None);

    /// <summary>What the activity does, for hosts that bind activities themselves (the Functions app).</summary>
    public async Task<CaseFlow> PassAsync(CaseFlow input, CancellationToken cancel)
    {
        CommandResult result = await commands.HandleAsync(input.Key, new PassDeadline(), Actor.System, cancel).ConfigureAwait(false);
        if (result is { Status: CommandStatus.Done, Case: { } passed })
        {
            return CaseFlow.Of(passed);
        }

        StoredCase stored = await cases.GetAsync(input.Key, cancel).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"case {input.CaseId} of facility {input.FacilityId} does not exist");
        return CaseFlow.Of(stored.Case);
    }
}
