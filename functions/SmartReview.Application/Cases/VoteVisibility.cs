using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// Blind panel votes, the one place that decides them for the case page and the API: while a case is in the panel
/// stage and <see cref="PanelSettings.BlindVotes"/> is on, a panel member who has not voted yet sees that votes were
/// cast and by whom, but not how anyone voted nor why — the vote events keep no outcome, amount or reason, and the
/// state lists no votes. Once they have voted, or the panel has decided, they see all; every other role sees all.
/// </summary>
public sealed class VoteVisibility(PanelSettings settings)
{
    /// <summary>Whether <paramref name="viewer"/> may not see the votes cast so far on <paramref name="c"/>.</summary>
    public bool Hides(Actor viewer, ReviewCase c) =>
        settings.BlindVotes && viewer.Role == Role.PanelMember && c.Stage == Stage.Panel && c.Votes.All(v => v.MemberId != viewer.Id);

    /// <summary>The case and its events as <paramref name="viewer"/> may see them.</summary>
    public CaseSight For(Actor viewer, ReviewCase c, IReadOnlyList<CaseEvent> events)
    {
        if (!Hides(viewer, c))
        {
            return new CaseSight(c, events, false);
        }

        CaseEvent[] blind = [.. events.Select(e => e.Kind == EventKind.VoteCast ? e with { Vote = null, VoteAmount = null, Reason = null } : e)];
        return new CaseSight(c with { Votes = [] }, blind, true);
    }
}
