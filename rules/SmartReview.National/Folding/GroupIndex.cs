using System.Text;

namespace SmartReview.National.Folding;

/// <summary>
/// The settlement ids of one partition, numbered 0, 1, … in order of first sight: keyed by their UTF-8 bytes where
/// they lie in the partition, so no string is made per row. Open addressing; reused partition after partition.
/// </summary>
internal sealed class GroupIndex
{
    private int[] _slots = new int[1 << 10]; // a group number + 1; 0 is empty
    private (int Start, int Length)[] _keys = new (int, int)[1 << 9];
    private byte[] _bytes = [];

    public int Count { get; private set; }

    /// <summary>Empties the index for the ids of <paramref name="bytes"/>.</summary>
    public void Reset(byte[] bytes)
    {
        _bytes = bytes;
        Count = 0;
        Array.Clear(_slots);
    }

    /// <summary>The group of the id at <paramref name="start"/> in the partition's bytes, a new one when first seen.</summary>
    public int GetOrAdd(int start, int length)
    {
        ReadOnlySpan<byte> key = _bytes.AsSpan(start, length);
        int mask = _slots.Length - 1;
        for (int i = Hash(key) & mask; ; i = (i + 1) & mask)
        {
            int group = _slots[i] - 1;
            if (group < 0)
            {
                return Add(i, start, length);
            }

            if (Key(group).SequenceEqual(key))
            {
                return group;
            }
        }
    }

    /// <summary>The group of <paramref name="id"/>, or -1 when no row has it.</summary>
    public int Find(string id)
    {
        Span<byte> utf8 = id.Length <= 128 ? stackalloc byte[id.Length * 3] : new byte[Encoding.UTF8.GetMaxByteCount(id.Length)];
        ReadOnlySpan<byte> key = utf8[..Encoding.UTF8.GetBytes(id, utf8)];
        int mask = _slots.Length - 1;
        for (int i = Hash(key) & mask; ; i = (i + 1) & mask)
        {
            int group = _slots[i] - 1;
            if (group < 0 || Key(group).SequenceEqual(key))
            {
                return group;
            }
        }
    }

    public ReadOnlySpan<byte> Key(int group) => _bytes.AsSpan(_keys[group].Start, _keys[group].Length);

    private int Add(int slot, int start, int length)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
        }

        _keys[Count] = (start, length);
        _slots[slot] = ++Count;
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }

        return Count - 1;
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        int mask = _slots.Length - 1;
        for (int group = 0; group < Count; group++)
        {
            int i = Hash(Key(group)) & mask;
            while (_slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = group + 1;
        }
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
        var hash = new HashCode();
        hash.AddBytes(key);
        return hash.ToHashCode() & int.MaxValue;
    }
}
