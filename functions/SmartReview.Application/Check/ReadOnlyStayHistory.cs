using SmartReview.Rules.History;

namespace SmartReview.Application.Check;

/// <summary>
/// A stay history a check reads but never records into: <see cref="Admit"/> answers the neighbours only, because a
/// check is not a settlement. <see cref="Inner"/> is set per request (the person's bucket), so a pooled scorer can
/// keep one wrapper.
/// </summary>
internal sealed class ReadOnlyStayHistory : IStayHistory
{
    public IStayHistory? Inner { get; set; }

    public IReadOnlyList<StayRecord> Admit(StayRecord stay, int windowDays) => Neighbours(stay, windowDays);

    public IReadOnlyList<StayRecord> Neighbours(StayRecord stay, int windowDays) => Inner?.Neighbours(stay, windowDays) ?? [];
}
