using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// What a deadline timer runs when it fires: reads the case index of every open stage up to now and passes each due
/// deadline (the stage's default outcome or an escalation). The version check on every write makes a deadline take
/// effect once however many timers fire together. An index row that turns out stale (the case moved on) is replaced by
/// the case's current one. Each run first finishes the index updates a crash left undone, so no case is missing from
/// the index, and last arms the timer of each stage's next deadline, so the chain of timers never breaks.
/// </summary>
public sealed class DeadlineSweep(ICaseStore cases, CaseCommandHandler commands, TimeProvider clock, IDeadlineTimers? timers = null, int parallelism = 8)
{
    private static readonly Stage[] Open = [Stage.FirstReview, Stage.Appeal, Stage.ReReview, Stage.Panel, Stage.FinalDecision];

    /// <summary>Repairs the index, passes every deadline due now and arms the next ones; returns how many cases took a deadline outcome.</summary>
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

        await ArmNextAsync(now, cancel).ConfigureAwait(false);
        return passed;
    }

    /// <summary>Arms the earliest deadline after <paramref name="nowUtc"/> of each open stage (at host start, and after every sweep).</summary>
    public async Task ArmNextAsync(DateTimeOffset nowUtc, CancellationToken cancel)
    {
        if (timers is null)
        {
            return;
        }

        var next = new HashSet<DateTimeOffset>();
        foreach (Stage stage in Open)
        {
            if (await cases.NextDueAsync(stage, nowUtc, cancel).ConfigureAwait(false) is { } due)
            {
                next.Add(due);
            }
        }

        await timers.ArmAsync(next, cancel).ConfigureAwait(false);
    }
}
