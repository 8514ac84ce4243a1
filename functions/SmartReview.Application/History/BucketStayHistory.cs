using SmartReview.Application.Ports;
using SmartReview.Rules.History;

namespace SmartReview.Application.History;

/// <summary>
/// The stay history of one bucket while a chunk is scored: read once, admitted to in memory, written back once
/// with the version it was read at (<see cref="IStayBuckets.TrySaveAsync"/>). Stays discharged more than
/// <c>retentionDays</c> before the bucket's latest discharge are dropped when it is written.
/// </summary>
public sealed class BucketStayHistory(StayBucket loaded, int retentionDays) : IStayHistory
{
    private readonly InMemoryStayHistory _stays = Seeded(loaded.Stays);
    private readonly Dictionary<string, StayRecord> _all = loaded.Stays.ToDictionary(s => s.SettlementId, StringComparer.Ordinal);

    /// <summary>The stay of a settlement this history knows, admitted now or earlier.</summary>
    public StayRecord? Find(string settlementId) => _all.GetValueOrDefault(settlementId);

    public IReadOnlyList<StayRecord> Admit(StayRecord stay, int windowDays)
    {
        _all[stay.SettlementId] = stay;
        return _stays.Admit(stay, windowDays);
    }

    public IReadOnlyList<StayRecord> Neighbours(StayRecord stay, int windowDays) => _stays.Neighbours(stay, windowDays);

    /// <summary>
    /// The bucket to write back, at the version it was read at: every stay within the retention window, and
    /// <paramref name="applied"/> (see <see cref="StayBucket.AppliedChunk"/>) added to the chunks it holds.
    /// </summary>
    public StayBucket ToBucket(string applied)
    {
        string[] chunks = [.. loaded.Applied.TakeLast(StayBucket.AppliedLimit - 1).Append(applied)];
        if (_all.Count == 0)
        {
            return loaded with { Stays = [], Applied = chunks };
        }

        int horizon = _all.Values.Max(s => s.Discharge.DayNumber) - retentionDays;
        StayRecord[] kept = [.. _all.Values.Where(s => s.Discharge.DayNumber >= horizon).OrderBy(s => s.SettlementId, StringComparer.Ordinal)];
        return loaded with { Stays = kept, Applied = chunks };
    }

    private static InMemoryStayHistory Seeded(IReadOnlyList<StayRecord> stays)
    {
        var history = new InMemoryStayHistory(int.MaxValue / 2);
        foreach (StayRecord stay in stays)
        {
            history.Admit(stay, 0);
        }

        return history;
    }
}
