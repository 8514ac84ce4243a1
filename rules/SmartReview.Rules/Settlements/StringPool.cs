using System.Buffers.Binary;
using System.Text.Json;

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
    }

    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxPooledBytes)
        {
            return reader.GetString()!;
        }

        ReadOnlySpan<byte> utf8 = reader.ValueSpan;
        int hash = Hash(utf8);
        int mask = _entries.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref Entry entry = ref _entries[i];
            if (entry.Key is null)
            {
                return Add(ref entry, hash, utf8, reader.GetString()!);
            }

            if (entry.Hash == hash && utf8.SequenceEqual(entry.Key))
            {
                return entry.Value!;
            }
        }
    }

    private string Add(ref Entry entry, int hash, ReadOnlySpan<byte> utf8, string value)
    {
        if (++_count > _entries.Length / 2)
        {
            Array.Clear(_entries);
            _count = 0;
            return value;
        }

        entry = new Entry { Hash = hash, Key = utf8.ToArray(), Value = value };
        return value;
    }

    private static int Hash(ReadOnlySpan<byte> s)
    {
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)s.Length;
        while (s.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(s)) * 0x100000001B3UL;
            h ^= h >> 29;
            s = s[8..];
        }

        foreach (byte b in s)
        {
            h = (h ^ b) * 0x100000001B3UL;
        }

        h ^= h >> 32;
        return (int)h & int.MaxValue;
    }
}
