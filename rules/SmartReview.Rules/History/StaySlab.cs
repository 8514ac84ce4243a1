using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.History;

/// <summary>
/// The stays of <see cref="InMemoryStayHistory"/> in one growing array, each person's stays a chain of slots in the
/// order admitted (a person's first slot is kept by the history; 0 ends a chain). Freed slots are reused. Settlement
/// ids that do not pack are kept in a second array, made only when the first such id comes. Not thread-safe.
/// </summary>
internal sealed class StaySlab
{
    private readonly FacilityNumbers _facilities = new();
    private CompactStay[] _stays = new CompactStay[16];
    private string?[]? _longIds;
    private int _used = 1;
    private int _free;

    /// <summary>The chain from <paramref name="first"/> without the stay of <paramref name="settlementId"/> and with <paramref name="stay"/> at its end.</summary>
    public int Replace(int first, StayRecord stay)
    {
        bool packed = PackedId.TryPack(stay.SettlementId, out PackedId id);
        first = Unlink(first, int.MinValue, stay.SettlementId, packed, id);
        int added = Add(stay, packed, id);
        if (first == 0)
        {
            return added;
        }

        int last = first;
        while (_stays[last].Next != 0)
        {
            last = _stays[last].Next;
        }

        _stays[last].Next = added;
        return first;
    }

    /// <summary>The chain from <paramref name="first"/> without the stays discharged before day <paramref name="horizon"/> (0 if none is left).</summary>
    public int DropDischargedBefore(int first, int horizon) => Unlink(first, horizon, settlementId: null, packed: false, default);

    /// <summary>The stays of the chain, other than <paramref name="stay"/>'s settlement, within <paramref name="windowDays"/> of it.</summary>
    public IReadOnlyList<StayRecord> Near(int first, StayRecord stay, int windowDays)
    {
        bool packed = PackedId.TryPack(stay.SettlementId, out PackedId id);
        int admission = stay.Admission.DayNumber, discharge = stay.Discharge.DayNumber;
        List<StayRecord>? near = null;
        for (int slot = first; slot != 0; slot = _stays[slot].Next)
        {
            ref readonly CompactStay other = ref _stays[slot];
            if (!Is(slot, stay.SettlementId, packed, id) && other.Discharge + windowDays >= admission && discharge + windowDays >= other.Admission)
            {
                (near ??= []).Add(Record(slot, stay.PersonId));
            }
        }

        return near ?? (IReadOnlyList<StayRecord>)[];
    }

    private bool Is(int slot, string settlementId, bool packed, PackedId id) =>
        _stays[slot].LongId ? !packed && string.Equals(_longIds![slot], settlementId, StringComparison.Ordinal) : packed && _stays[slot].Id == id;

    private StayRecord Record(int slot, string personId)
    {
        ref readonly CompactStay s = ref _stays[slot];
        string settlementId = s.LongId ? _longIds![slot]! : s.Id.ToString();
        return new StayRecord(settlementId, personId, _facilities.Id(s.Facility), DateOnly.FromDayNumber(s.Admission), DateOnly.FromDayNumber(s.Discharge),
            s.Total, s.Level, (Scheme)s.Scheme, (CareSetting)s.Setting);
    }

    /// <summary>The chain without the stays discharged before <paramref name="horizon"/> and the stay of <paramref name="settlementId"/>.</summary>
    private int Unlink(int first, int horizon, string? settlementId, bool packed, PackedId id)
    {
        int head = first, previous = 0;
        for (int slot = first; slot != 0;)
        {
            int next = _stays[slot].Next;
            if (_stays[slot].Discharge >= horizon && (settlementId is null || !Is(slot, settlementId, packed, id)))
            {
                previous = slot;
            }
            else
            {
                if (previous == 0)
                {
                    head = next;
                }
                else
                {
                    _stays[previous].Next = next;
                }

                Free(slot);
            }

            slot = next;
        }

        return head;
    }

    private int Add(StayRecord stay, bool packed, PackedId id)
    {
        int slot = Allocate();
        _stays[slot] = new CompactStay
        {
            Id = id, Total = stay.Total, Admission = stay.Admission.DayNumber, Discharge = stay.Discharge.DayNumber,
            Facility = _facilities.Number(stay.FacilityId), Level = stay.Level, Scheme = checked((byte)stay.Scheme),
            Setting = checked((byte)stay.Setting), LongId = !packed,
        };
        if (!packed)
        {
            (_longIds ??= new string?[_stays.Length])[slot] = stay.SettlementId;
        }

        return slot;
    }

    private int Allocate()
    {
        if (_free != 0)
        {
            int slot = _free;
            _free = _stays[slot].Next;
            return slot;
        }

        if (_used == _stays.Length)
        {
            Array.Resize(ref _stays, _stays.Length * 2);
            if (_longIds is not null)
            {
                Array.Resize(ref _longIds, _stays.Length);
            }
        }

        return _used++;
    }

    private void Free(int slot)
    {
        _stays[slot] = new CompactStay { Next = _free };
        if (_longIds is not null)
        {
            _longIds[slot] = null;
        }

        _free = slot;
    }
}
