using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SmartReview.Rules.History;

/// <summary>
/// History for one process. To stay flat in memory on long streams it forgets stays discharged more than
/// <c>retentionDays</c> before the latest discharge seen; input far out of date order can miss pairs, which a
/// storage-backed history does not. Compact: a person is a 16-byte key and a stay a 56-byte slot in one array
/// (<see cref="StaySlab"/>), so about 100 bytes a person with one stay; a <see cref="StayRecord"/> is made only for
/// the neighbours returned.
/// </summary>
public sealed class InMemoryStayHistory(int retentionDays = 120) : IStayHistory
{
    private const int SweepEvery = 1 << 16;
    private readonly Dictionary<PackedId, int> _packedPersons = [];
    private readonly Dictionary<string, int> _otherPersons = new(StringComparer.Ordinal);
    private readonly StaySlab _stays = new();
    private readonly Lock _lock = new();
    private int _latestDay;
    private int _sinceSweep;

    public int PersonCount { get { lock (_lock) { return _packedPersons.Count + _otherPersons.Count; } } }

    public IReadOnlyList<StayRecord> Neighbours(StayRecord stay, int windowDays)
    {
        lock (_lock)
        {
            ref int first = ref FirstStay(stay.PersonId, add: false);
            return Unsafe.IsNullRef(ref first) ? [] : _stays.Near(first, stay, windowDays);
        }
    }

    public IReadOnlyList<StayRecord> Admit(StayRecord stay, int windowDays)
    {
        lock (_lock)
        {
            ref int first = ref FirstStay(stay.PersonId, add: true);
            IReadOnlyList<StayRecord> near = _stays.Near(first, stay, windowDays);
            first = _stays.Replace(first, stay);
            _latestDay = Math.Max(_latestDay, stay.Discharge.DayNumber);
            if (++_sinceSweep >= SweepEvery)
            {
                Sweep();
            }

            return near;
        }
    }

    /// <summary>The slot of the person's first stay (0: none yet), or a null ref for an unknown person when not <paramref name="add"/>.</summary>
    private ref int FirstStay(string personId, bool add)
    {
        if (PackedId.TryPack(personId, out PackedId packed))
        {
            return ref add ? ref CollectionsMarshal.GetValueRefOrAddDefault(_packedPersons, packed, out _)
                : ref CollectionsMarshal.GetValueRefOrNullRef(_packedPersons, packed);
        }

        return ref add ? ref CollectionsMarshal.GetValueRefOrAddDefault(_otherPersons, personId, out _)
            : ref CollectionsMarshal.GetValueRefOrNullRef(_otherPersons, personId);
    }

    private void Sweep()
    {
        _sinceSweep = 0;
        int horizon = _latestDay - retentionDays;
        Sweep(_packedPersons, horizon);
        Sweep(_otherPersons, horizon);
    }

    /// <remarks>Removing and changing values while enumerating a <see cref="Dictionary{TKey, TValue}"/> is allowed; adding is not.</remarks>
    private void Sweep<TPerson>(Dictionary<TPerson, int> persons, int horizon) where TPerson : notnull
    {
        foreach ((TPerson person, int first) in persons)
        {
            int kept = _stays.DropDischargedBefore(first, horizon);
            if (kept == 0)
            {
                persons.Remove(person);
            }
            else if (kept != first)
            {
                CollectionsMarshal.GetValueRefOrNullRef(persons, person) = kept;
            }
        }
    }
}
