namespace SmartReview.Rules.History;

/// <summary>
/// History for one process. To stay flat in memory on long streams it forgets stays discharged more than
/// <c>retentionDays</c> before the latest discharge seen; input far out of date order can miss pairs, which a
/// storage-backed history does not.
/// </summary>
public sealed class InMemoryStayHistory(int retentionDays = 120) : IStayHistory
{
    private const int SweepEvery = 1 << 16;
    private readonly Dictionary<string, List<StayRecord>> _byPerson = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _latestDay;
    private int _sinceSweep;

    public int PersonCount { get { lock (_lock) { return _byPerson.Count; } } }

    public IReadOnlyList<StayRecord> Neighbours(StayRecord stay, int windowDays)
    {
        lock (_lock)
        {
            return _byPerson.TryGetValue(stay.PersonId, out List<StayRecord>? stays) ? Near(stays, stay, windowDays) : [];
        }
    }

    public IReadOnlyList<StayRecord> Admit(StayRecord stay, int windowDays)
    {
        lock (_lock)
        {
            if (!_byPerson.TryGetValue(stay.PersonId, out List<StayRecord>? stays))
            {
                _byPerson[stay.PersonId] = stays = [];
            }

            IReadOnlyList<StayRecord> near = Near(stays, stay, windowDays);
            stays.RemoveAll(s => s.SettlementId == stay.SettlementId);
            stays.Add(stay);
            _latestDay = Math.Max(_latestDay, stay.Discharge.DayNumber);
            if (++_sinceSweep >= SweepEvery)
            {
                Sweep();
            }

            return near;
        }
    }

    private static IReadOnlyList<StayRecord> Near(List<StayRecord> stays, StayRecord stay, int windowDays)
    {
        List<StayRecord>? near = null;
        foreach (StayRecord other in stays)
        {
            if (other.SettlementId != stay.SettlementId
                && other.Discharge.DayNumber + windowDays >= stay.Admission.DayNumber
                && stay.Discharge.DayNumber + windowDays >= other.Admission.DayNumber)
            {
                (near ??= []).Add(other);
            }
        }

        return near ?? (IReadOnlyList<StayRecord>)[];
    }

    private void Sweep()
    {
        _sinceSweep = 0;
        int horizon = _latestDay - retentionDays;
        var emptied = new List<string>();
        foreach ((string person, List<StayRecord> stays) in _byPerson)
        {
            stays.RemoveAll(s => s.Discharge.DayNumber < horizon);
            if (stays.Count == 0)
            {
                emptied.Add(person);
            }
        }

        foreach (string person in emptied)
        {
            _byPerson.Remove(person);
        }
    }
}
