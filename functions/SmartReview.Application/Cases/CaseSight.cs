using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// A case as one viewer may see it (<see cref="VoteVisibility"/>): its state and events, with other members' votes
/// left out when <see cref="VotesHidden"/>.
/// </summary>
public sealed record CaseSight(ReviewCase Case, IReadOnlyList<CaseEvent> Events, bool VotesHidden)
{
    /// <summary>How many panel votes are cast, hidden or not.</summary>
    public int VotesCast => Events.Count(e => e.Kind == EventKind.VoteCast);
}
