using System.Numerics;

namespace SmartReview.Rules.History;

/// <summary>
/// An id of 1 to 16 ASCII characters (no NUL) packed into 16 bytes, one character a byte from the low end, so that
/// <see cref="InMemoryStayHistory"/> can key persons and compare settlements without a string object for each.
/// Ids that do not fit are kept as strings beside it.
/// </summary>
internal readonly record struct PackedId(ulong Low, ulong High)
{
    public const int MaxLength = 16;

    public static bool TryPack(string id, out PackedId packed)
    {
        packed = default;
        if (id.Length is 0 or > MaxLength)
        {
            return false;
        }

        ulong low = 0, high = 0;
        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            if (c is '\0' or > '\x7F')
            {
                return false;
            }

            if (i < 8)
            {
                low |= (ulong)c << (8 * i);
            }
            else
            {
                high |= (ulong)c << (8 * (i - 8));
            }
        }

        packed = new PackedId(low, high);
        return true;
    }

    public int Length => High == 0 ? Bytes(Low) : 8 + Bytes(High);

    /// <summary>The generated hash folds each half to 32 bits, which collides for ids that differ in a few digits; this mixes both halves.</summary>
    public override int GetHashCode()
    {
        ulong h = (Low * 0x9E3779B97F4A7C15UL) + High;
        h = (h ^ (h >> 31)) * 0xBF58476D1CE4E5B9UL;
        return (int)(h ^ (h >> 32));
    }

    public override string ToString() => string.Create(Length, this, static (chars, id) =>
    {
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(byte)((i < 8 ? id.Low : id.High) >> (8 * (i & 7)));
        }
    });

    private static int Bytes(ulong half) => (64 - BitOperations.LeadingZeroCount(half) + 7) / 8;
}
