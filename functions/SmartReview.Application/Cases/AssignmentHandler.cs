using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// Claims, releases and assignments: who works on a case in its current stage. A claim is a work-list note, not a
/// decision: it never enters the event log. Only someone the review flow would let decide the case now may claim it
/// (<see cref="Deciders"/>); a case someone else holds is a conflict unless a supervisor (or administrator) assigns
/// or releases it. Every write is guarded by the version read, so of two claimers exactly one wins. Claims lapse
/// when the case leaves the stage they were made in.
/// </summary>
public sealed class AssignmentHandler(ICaseStore cases, ICaseAssignments claims, IUserDirectory users, ReviewSettings settings, WorkingCalendar calendar,
    TimeProvider clock)
{
    private const int Attempts = 3;

    /// <summary><paramref name="by"/> takes the case: done if it was free or theirs already.</summary>
    public Task<AssignmentResult> ClaimAsync(CaseKey key, Actor by, CancellationToken cancel) =>
        RetryAsync(key, by, async (stored, ct) => await TryClaimAsync(stored, by, ct).ConfigureAwait(false), cancel);

    /// <summary>Lets the case go: its holder, or a supervisor or administrator for anyone's; done also when nobody held it.</summary>
    public Task<AssignmentResult> ReleaseAsync(CaseKey key, Actor by, CancellationToken cancel) =>
        RetryAsync(key, by, async (stored, ct) =>
        {
            if (stored.Assignment is null)
            {
                return AssignmentResult.Done(null);
            }

            if (stored.Assignment.UserId != by.Id && !Oversees(by))
            {
                return AssignmentResult.Conflict(stored.Assignment);
            }

            return await claims.SetAsync(stored, null, ct).ConfigureAwait(false) ? AssignmentResult.Done(null) : null;
        }, cancel);

    /// <summary>
    /// A supervisor or administrator gives the case to <paramref name="userId"/>, whoever held it: refused unless that
    /// user is known to the <see cref="IUserDirectory"/>, is not a facility user (a bureau's work list), and could decide
    /// the case now in their own role (so separation of duties holds: not a panel member at first review, not the first
    /// reviewer at re-review).
    /// </summary>
    public Task<AssignmentResult> AssignAsync(CaseKey key, string userId, Actor by, CancellationToken cancel) =>
        RetryAsync(key, by, async (stored, ct) =>
        {
            if (!Oversees(by))
            {
                return AssignmentResult.Refused(AssignmentTexts.AssignNotAllowed);
            }

            if (string.IsNullOrWhiteSpace(userId))
            {
                return AssignmentResult.Refused(AssignmentTexts.AssigneeRequired);
            }

            if (await users.FindAsync(userId, ct).ConfigureAwait(false) is not { } assignee)
            {
                return AssignmentResult.Refused(AssignmentTexts.UnknownAssignee);
            }

            if (assignee.Role == Role.Facility)
            {
                return AssignmentResult.Refused(AssignmentTexts.FacilityAssignee);
            }

            if (Deciders.Refusal(stored.Case, assignee, clock.GetUtcNow(), settings, calendar) is { } refused)
            {
                return AssignmentResult.Refused(refused);
            }

            var claim = new CaseAssignment(userId, stored.Case.Stage, clock.GetUtcNow(), by.Id);
            return await claims.SetAsync(stored, claim, ct).ConfigureAwait(false) ? AssignmentResult.Done(claim) : null;
        }, cancel);

    /// <summary>One attempt at claiming a case as read: what next-case uses, moving on to another case when it loses.</summary>
    internal async Task<AssignmentResult> TryClaimAsync(StoredCase stored, Actor by, CancellationToken cancel)
    {
        if (stored.Assignment is { } held)
        {
            return held.UserId == by.Id ? AssignmentResult.Done(held) : AssignmentResult.Conflict(held);
        }

        if (Refusal(stored, by) is { } refused)
        {
            return AssignmentResult.Refused(refused);
        }

        var claim = new CaseAssignment(by.Id, stored.Case.Stage, clock.GetUtcNow());
        return await claims.SetAsync(stored, claim, cancel).ConfigureAwait(false) ? AssignmentResult.Done(claim) : AssignmentResult.Conflict(null);
    }

    /// <summary>Why <paramref name="by"/> may not decide the case now (nor claim it), or null.</summary>
    internal Rejection? Refusal(StoredCase stored, Actor by) => Deciders.Refusal(stored.Case, by, clock.GetUtcNow(), settings, calendar);

    private static bool Oversees(Actor by) => by.Role is Role.Supervisor or Role.Administrator;

    /// <summary>Reads the case and runs <paramref name="attempt"/> on it; a null answer (lost a race) reads again, a few times.</summary>
    private async Task<AssignmentResult> RetryAsync(CaseKey key, Actor by, Func<StoredCase, CancellationToken, Task<AssignmentResult?>> attempt,
        CancellationToken cancel)
    {
        if (by.Role == Role.Facility)
        {
            return AssignmentResult.NotFound;
        }

        for (int i = 0; i < Attempts; i++)
        {
            if (await cases.GetAsync(key, cancel).ConfigureAwait(false) is not { } stored)
            {
                return AssignmentResult.NotFound;
            }

            if (stored.Case.Stage == Stage.Closed)
            {
                return AssignmentResult.Refused(AssignmentTexts.Closed);
            }

            AssignmentResult? result = await attempt(stored, cancel).ConfigureAwait(false);
            if (result is not null && !(result.Status == CommandStatus.Conflict && result.Assignment is null))
            {
                return result;
            }
        }

        return AssignmentResult.Conflict(null);
    }
}
