namespace SmartReview.Rules.History;

/// <summary>
/// Earlier and later stays of the same person. <see cref="Admit"/> records a stay and returns, atomically, the other
/// stays already known whose dates lie within <c>windowDays</c> of it, so that two stays scored at the same time on
/// two threads (or two machines) find each other exactly once. Re-admitting a known settlement id replaces it.
/// </summary>
public interface IStayHistory
{
    IReadOnlyList<StayRecord> Admit(StayRecord stay, int windowDays);

    /// <summary>The other stays within <c>windowDays</c> of <paramref name="stay"/>, without recording it (for explanations).</summary>
    IReadOnlyList<StayRecord> Neighbours(StayRecord stay, int windowDays);
}
