using System.Buffers.Binary;

namespace SmartReview.Rules.Settlements;

/// <summary>
/// Reuses strings for values that repeat across records (codes, names, departments), keyed by their UTF-8 bytes so
/// a hit costs neither transcoding nor allocation. One pool per thread; open addressing; emptied in place when half
/// full. Values that seldom repeat (person ids) are better not pooled: they only fill the table.
/// </summary>
internal sealed class StringPool(int capacity = 1 << 16)
{
    private const int MaxPooledBytes = 96;
    private readonly Entry[] _entries = new Entry[capacity];
    private int _count;

    private struct Entry
    {
        public int Hash;
        public byte[]? Key;
        public string? Value;
        public int Companion;
    }

    /// <summary>
    /// The string of <paramref name="utf8"/> (unescaped JSON string bytes); invalid UTF-8 is an error of
    /// <paramref name="field"/>. <paramref name="hint"/> is a slot the caller keeps for a value that mostly repeats one
    /// seen before (the previous line's department, the same line id in the previous record), tried before hashing and
    /// left holding the slot found; -1 for none. Any hint is safe: a stale one only costs the comparison.
    /// </summary>
    public string Get(ReadOnlySpan<byte> utf8, in FieldPath field, ref int hint)
    {
        if (utf8.Length > MaxPooledBytes)
        {
            return JsonValues.Text(utf8, field);
        }

        if ((uint)hint < (uint)_entries.Length && _entries[hint] is { Key: { } last, Value: { } value } && utf8.SequenceEqual(last))
        {
            return value;
        }

        int hash = Hash(utf8);
        int mask = _entries.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref Entry entry = ref _entries[i];
            if (entry.Key is null)
            {
                hint = i;
                return Add(ref entry, hash, utf8, JsonValues.Text(utf8, field));
            }

            if (entry.Hash == hash && utf8.SequenceEqual(entry.Key))
            {
                hint = i;
                return entry.Value!;
            }
        }
    }

    /// <summary>A hint kept with slot <paramref name="slot"/>'s value, for the value that follows it (a code's name).</summary>
    public ref int Companion(int slot) => ref _entries[slot].Companion;

    private string Add(ref Entry entry, int hash, ReadOnlySpan<byte> utf8, string value)
    {
        if (++_count > _entries.Length / 2)
        {
            Array.Clear(_entries);
            _count = 0;
            return value;
        }

        entry = new Entry { Hash = hash, Key = utf8.ToArray(), Value = value, Companion = -1 };
        return value;
    }

    /// <summary>One multiply per 8 bytes; the last 8 (or 4 + 4, or first, middle and last) bytes read overlapping, not byte by byte.</summary>
    private static int Hash(ReadOnlySpan<byte> s)
    {
        const ulong Prime = 0x100000001B3UL;
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)s.Length;
        if (s.Length >= 8)
        {
            for (int i = 0; i < s.Length - 8; i += 8)
            {
                h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(s[i..])) * Prime;
                h ^= h >> 29;
            }

            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(s[^8..])) * Prime;
        }
        else if (s.Length >= 4)
        {
            h = (h ^ BinaryPrimitives.ReadUInt32LittleEndian(s) ^ (ulong)BinaryPrimitives.ReadUInt32LittleEndian(s[^4..]) << 32) * Prime;
        }
        else if (s.Length > 0)
        {
            h = (h ^ s[0] ^ (ulong)s[s.Length / 2] << 8 ^ (ulong)s[^1] << 16) * Prime;
        }

        h ^= h >> 29;
        h ^= h >> 32;
        return (int)h & int.MaxValue;
    }
}
