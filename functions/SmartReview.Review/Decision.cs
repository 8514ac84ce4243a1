namespace SmartReview.Review;

/// <summary>
/// What <see cref="ReviewFlow.Decide"/> returns: the events to append (one, or two when the last panel vote also
/// decides the panel), or why nothing happens. Expected failures are results, not exceptions.
/// </summary>
public sealed record Decision(IReadOnlyList<CaseEvent> Events, Rejection? Rejected)
{
    /// <summary>True when the command was accepted and <see cref="Events"/> holds at least one event.</summary>
    public bool Ok => Rejected is null;

    internal static Decision Accept(params CaseEvent[] events) => new(events, null);

    internal static Decision Reject(Rejection rejection) => new([], rejection);
}
