using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Generation;

/// <summary>
/// The insured population, by index. A person's id, sex, birth date and usual scheme are derived from the seed and
/// the index (nothing stored); the state is the day each person is next free to be admitted, so that one person's
/// stays never overlap and stay further apart than any split-admission interval, and — when the pack limits
/// admissions per window — each person's latest admission days, so that nobody is admitted past a limit. Ages skew
/// old (about 8% children, half over 55).
/// </summary>
internal sealed class PersonPool
{
    private const long IdSpace = 10_000_000_000;
    private const long IdStride = 7_919_000_003;
    private const int MaxSize = 1 << 22;
    private readonly int[] _freeFrom;
    private readonly ulong _salt;
    private readonly long _offset;
    private readonly DateOnly _reference;
    private readonly (int Max, int Window)[] _limits;
    private readonly int _kept;
    private readonly int[] _admissions;
    private readonly int _newbornDays;
    private const int NewbornLead = 30;
    private readonly int[] _newbornsByBirth;
    private readonly int[] _births;

    /// <param name="limits">Admissions allowed per window of days; the background admits nobody who has reached one.</param>
    /// <param name="newbornDays">
    /// When above 0 (the pack restricts items to the first days of life), the first of the pool are born over this
    /// many days from a month before <paramref name="reference"/>, so that there are neonates all year.
    /// </param>
    public PersonPool(int stays, int seed, DateOnly reference, IReadOnlyList<(int Max, int Window)> limits, int newbornDays = 0)
    {
        _freeFrom = new int[Math.Clamp((int)(stays * 0.8), 64, MaxSize)];
        _salt = Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + 0x1234567UL);
        _offset = (long)(_salt % IdSpace);
        _reference = reference;
        _limits = [.. limits];
        _kept = _limits.Length == 0 ? 0 : _limits.Max(l => l.Max);
        _admissions = new int[_freeFrom.Length * _kept];
        _newbornDays = newbornDays;
        Newborns = newbornDays > 0 ? Math.Max(16, _freeFrom.Length / 128) : 0;
        _newbornsByBirth = [.. Enumerable.Range(0, Newborns).OrderBy(i => Describe(i).BirthDate)];
        _births = [.. _newbornsByBirth.Select(i => Describe(i).BirthDate.DayNumber)];
    }

    /// <summary>How many of the pool (the first indices) are born during the year; 0 unless the pack needs neonates.</summary>
    public int Newborns { get; }

    /// <summary>One of the persons born during the year: one born in the month before <paramref name="day"/> when there is one.</summary>
    public int RandomNewborn(Random rng, int day)
    {
        int from = BornBefore(day - NewbornLead), to = BornBefore(day);
        return to > from ? _newbornsByBirth[from + rng.Next(to - from)] : rng.Next(Newborns);
    }

    public int Size => _freeFrom.Length;

    public Person Describe(int index)
    {
        ulong h = Mix(_salt ^ (ulong)index);
        Sex sex = (h & 1) == 0 ? Sex.Male : Sex.Female;
        int age = Age(h >> 8);
        DateOnly birth = index < Newborns
            ? _reference.AddDays((int)((h >> 40) % (ulong)(_newbornDays + NewbornLead)) - NewbornLead)
            : _reference.AddYears(-age).AddDays(-(int)((h >> 40) % 365));
        string id = "P" + ((index * IdStride + _offset) % IdSpace).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
        return new Person(id, sex, birth);
    }

    /// <summary>The scheme a person is insured under: children residents, working-age adults mostly employees.</summary>
    public Scheme UsualScheme(int index, Person person)
    {
        int age = person.AgeInYears(_reference);
        int roll = (int)(Mix(_salt + (ulong)index * 31UL) % 100);
        return age < 18 ? Scheme.Resident : roll < (age < 60 ? 70 : 50) ? Scheme.Employee : Scheme.Resident;
    }

    public int RandomIndex(Random rng) => rng.Next(_freeFrom.Length);

    /// <summary>Not in hospital nor too soon after a stay, and below every admission limit, on <paramref name="admissionDay"/>.</summary>
    public bool IsFree(int index, int admissionDay)
    {
        if (_freeFrom[index] > admissionDay)
        {
            return false;
        }

        ReadOnlySpan<int> latest = Latest(index);
        foreach ((int max, int window) in _limits)
        {
            int within = 0;
            foreach (int day in latest)
            {
                within += day != 0 && day <= admissionDay && admissionDay - day < window ? 1 : 0;
            }

            if (within >= max)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The person may be admitted again from <paramref name="day"/> on.</summary>
    public void FreeFrom(int index, int day) => _freeFrom[index] = day;

    /// <summary>Records an admission the scorer will see (kept only when the pack limits admissions).</summary>
    public void Admitted(int index, int day)
    {
        if (_kept > 0)
        {
            Span<int> latest = _admissions.AsSpan(index * _kept, _kept);
            latest[..^1].CopyTo(latest[1..]);
            latest[0] = day;
        }
    }

    /// <summary>The person's latest recorded admission days (as many as the largest limit counts), latest first.</summary>
    public int[] Admissions(int index) => _kept == 0 ? [] : [.. Latest(index).ToArray().Where(day => day != 0)];

    private ReadOnlySpan<int> Latest(int index) => _admissions.AsSpan(index * _kept, _kept);

    /// <summary>How many newborns were born before <paramref name="day"/> (the position of the first born on or after it).</summary>
    private int BornBefore(int day)
    {
        int low = 0, high = _births.Length;
        while (low < high)
        {
            int mid = (low + high) / 2;
            (low, high) = _births[mid] < day ? (mid + 1, high) : (low, mid);
        }

        return low;
    }

    private static int Age(ulong h)
    {
        int band = (int)(h % 1000);
        int within = (int)((h >> 12) % 1000);
        (int low, int high) = band switch
        {
            < 80 => (0, 14),
            < 180 => (15, 34),
            < 400 => (35, 54),
            < 720 => (55, 74),
            _ => (75, 95),
        };
        return low + within % (high - low + 1);
    }

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
