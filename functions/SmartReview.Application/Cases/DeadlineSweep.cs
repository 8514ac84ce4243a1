using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// The durable timer of the review flow: reads the case index of every open stage up to now and passes each due
/// deadline (the stage's default outcome or an escalation). The index survives restarts; the version check on every
/// write makes a deadline take effect once even when two hosts sweep at the same time. An index row that turns out
/// stale (the case moved on) is replaced by the case's current one. Each run first finishes the index updates a crash
/// left undone, so no case is missing from the index it is swept by.
/// </summary>
public sealed class DeadlineSweep(ICaseStore cases, CaseCommandHandler commands, TimeProvider clock, int parallelism = 8)
{
    private static readonly Stage[] Open = [Stage.FirstReview, Stage.Appeal, Stage.ReReview, Stage.Panel, Stage.FinalDecision];

    /// <summary>Repairs the index, then passes every deadline due now; returns how many cases took a deadline outcome.</summary>
    public async Task<int> RunAsync(CancellationToken cancel)
    {
        await cases.RepairIndexAsync(cancel).ConfigureAwait(false);
        int passed = 0;
        DateTimeOffset now = clock.GetUtcNow();
        foreach (Stage stage in Open)
        {
            var due = new List<DueEntry>();
            await foreach (DueEntry entry in cases.DueAsync(stage, now, cancel).ConfigureAwait(false))
            {
                due.Add(entry);
            }

            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancel }, async (entry, ct) =>
            {
                CommandResult result = await commands.HandleAsync(entry.Key, new PassDeadline(), Actor.System, ct).ConfigureAwait(false);
                if (result.Status == CommandStatus.Done)
                {
                    Interlocked.Increment(ref passed);
                }
                else if (result.Status != CommandStatus.Conflict)
                {
                    await cases.ReindexAsync(entry, ct).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        }

        return passed;
    }
}
