using System.Buffers;

namespace SmartReview.Synthetic.Generation;

/// <summary>A growable byte buffer a <see cref="System.Text.Json.Utf8JsonWriter"/> writes into, which can also cut and splice what was written.</summary>
internal sealed class ByteBuffer(int capacity) : IBufferWriter<byte>
{
    private byte[] _bytes = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Advance(int count) => Length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _bytes.AsMemory(Length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _bytes.AsSpan(Length);
    }

    public void Append(byte value)
    {
        Ensure(1);
        _bytes[Length++] = value;
    }

    public void Truncate(int length) => Length = Math.Min(Length, length);

    /// <summary>Removes <paramref name="count"/> bytes at <paramref name="start"/>.</summary>
    public void Remove(int start, int count)
    {
        _bytes.AsSpan(start + count, Length - start - count).CopyTo(_bytes.AsSpan(start));
        Length -= count;
    }

    public void Clear() => Length = 0;

    private void Ensure(int sizeHint)
    {
        int needed = Length + Math.Max(sizeHint, 256);
        if (needed > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(needed, _bytes.Length * 2));
        }
    }
}
