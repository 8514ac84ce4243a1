using SmartReview.Application.Evidence;
using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// Runs one command on one case: read it, let the review flow decide, write state, events and ledger postings in one
/// transaction guarded by the version read. Of two people deciding at once exactly one wins; the other gets
/// <see cref="CommandStatus.Conflict"/>. A facility user asking about another facility's case gets NotFound.
/// An appeal's, a contest's or a reviewer's attached evidence must be files uploaded under the same case (<see cref="EvidenceCheck"/>; without
/// <paramref name="evidence"/> any evidence is refused). A decision that sets a new deadline arms its instant's timer; a
/// person's decision also tells the case's orchestration (<paramref name="flows"/>: the first one starts it).
/// </summary>
public sealed class CaseCommandHandler(ICaseStore cases, ReviewSettings settings, WorkingCalendar calendar, TimeProvider clock,
    IEvidenceFiles? evidence = null, IDeadlineTimers? timers = null, IWorkQueue<CaseFlow>? flows = null)
{
    public async Task<CommandResult> HandleAsync(CaseKey key, CaseCommand command, Actor by, CancellationToken cancel)
    {
        if (!CaseAccess.MaySee(by, key))
        {
            return CommandResult.NotFound;
        }

        if (await cases.GetAsync(key, cancel).ConfigureAwait(false) is not { } stored)
        {
            return CommandResult.NotFound;
        }

        Decision decision = ReviewFlow.Decide(stored.Case, command, by, clock.GetUtcNow(), settings, calendar);
        if (!decision.Ok)
        {
            return new CommandResult(CommandStatus.Rejected, stored.Case, [], decision.Rejected);
        }

        if (command is FileAppeal or ContestDecision or AttachEvidence)
        {
            (CaseCommand checkedCommand, Rejection? refused) = await EvidenceCheck.CheckAsync(key, command, evidence, cancel).ConfigureAwait(false);
            if (refused is not null)
            {
                return new CommandResult(CommandStatus.Rejected, stored.Case, [], refused);
            }

            decision = ReviewFlow.Decide(stored.Case, checkedCommand, by, clock.GetUtcNow(), settings, calendar);
        }

        (ReviewCase state, IReadOnlyList<LedgerPosting> postings) = ReviewFlow.ApplyAll(stored.Case, decision.Events);
        if (!await cases.CommitAsync(stored, state, decision.Events, postings, cancel).ConfigureAwait(false))
        {
            return CommandResult.Conflict(stored.Case);
        }

        if (timers is not null && state.DueUtc is { } due && due != stored.Case.DueUtc)
        {
            await timers.ArmAsync([due], cancel).ConfigureAwait(false);
        }

        if (flows is not null && by.Role != Role.System)
        {
            await flows.SendAsync(CaseFlow.Of(state), cancel).ConfigureAwait(false);
        }

        return new CommandResult(CommandStatus.Done, state, decision.Events, null);
    }
}
