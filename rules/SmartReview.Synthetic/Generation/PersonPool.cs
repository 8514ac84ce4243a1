using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Generation;

/// <summary>
/// The insured population, by index. A person's id, sex, birth date and usual scheme are derived from the seed and
/// the index (nothing stored); the only state is the day each person is next free to be admitted, so that one
/// person's stays never overlap and stay further apart than any split-admission interval. Ages skew old (about 8%
/// children, half over 55).
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

    public PersonPool(int stays, int seed, DateOnly reference)
    {
        _freeFrom = new int[Math.Clamp((int)(stays * 0.8), 64, MaxSize)];
        _salt = Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + 0x1234567UL);
        _offset = (long)(_salt % IdSpace);
        _reference = reference;
    }

    public int Size => _freeFrom.Length;

    public Person Describe(int index)
    {
        ulong h = Mix(_salt ^ (ulong)index);
        Sex sex = (h & 1) == 0 ? Sex.Male : Sex.Female;
        int age = Age(h >> 8);
        DateOnly birth = _reference.AddYears(-age).AddDays(-(int)((h >> 40) % 365));
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

    public bool IsFree(int index, int admissionDay) => _freeFrom[index] <= admissionDay;

    /// <summary>The person may be admitted again from <paramref name="day"/> on.</summary>
    public void FreeFrom(int index, int day) => _freeFrom[index] = day;

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
