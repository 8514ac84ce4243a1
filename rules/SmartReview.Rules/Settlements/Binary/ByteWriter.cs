using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace SmartReview.Rules.Settlements.Binary;

/// <summary>A growable byte buffer for the binary settlement format (<see cref="SettlementBinary"/>); reused between records.</summary>
public sealed class ByteWriter(int capacity = 1 << 16)
{
    private byte[] _buffer = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public byte[] Buffer => _buffer;

    public void Clear() => Length = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Byte(byte value)
    {
        if (Length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[Length++] = value;
    }

    public void Boolean(bool value) => Byte(value ? (byte)1 : (byte)0);

    public void Int32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Take(4), value);

    public void Int64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Take(8), value);

    /// <summary>An unsigned number in 7-bit groups, low group first (one byte below 128).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int value)
    {
        uint v = (uint)value;
        if (v < 0x80)
        {
            Byte((byte)v); // nearly every count and text length
            return;
        }

        while (v >= 0x80)
        {
            Byte((byte)(v | 0x80));
            v >>= 7;
        }

        Byte((byte)v);
    }

    /// <summary>A number not below zero in 7-bit groups, low group first (a row number in 3 or 4 bytes rather than 8).</summary>
    public void Number(long value)
    {
        ulong v = checked((ulong)value);
        while (v >= 0x80)
        {
            Byte((byte)(v | 0x80));
            v >>= 7;
        }

        Byte((byte)v);
    }

    /// <summary>Text as its length and UTF-8 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Utf8(ReadOnlySpan<byte> utf8)
    {
        Count(utf8.Length);
        utf8.CopyTo(Take(utf8.Length));
    }

    public void Text(string value)
    {
        int length = Encoding.UTF8.GetByteCount(value);
        Count(length);
        Encoding.UTF8.GetBytes(value, Take(length));
    }

    /// <summary>
    /// A decimal in 5 bytes when its mantissa fits 32 bits (every amount of a settlement): a head byte (scale, bit 6
    /// "wide", bit 7 sign) and the low 32 bits; 13 bytes otherwise.
    /// </summary>
    public void Decimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        bool wide = (bits[1] | bits[2]) != 0;
        Span<byte> to = Take(wide ? 13 : 5);
        to[0] = (byte)(((bits[3] >> 16) & 0x1F) | (wide ? 0x40 : 0) | (bits[3] < 0 ? 0x80 : 0));
        BinaryPrimitives.WriteInt32LittleEndian(to[1..], bits[0]);
        if (wide)
        {
            BinaryPrimitives.WriteInt32LittleEndian(to[5..], bits[1]);
            BinaryPrimitives.WriteInt32LittleEndian(to[9..], bits[2]);
        }
    }

    /// <summary>Copies bytes already in the format (a line written before).</summary>
    public void Raw(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Take(bytes.Length));

    /// <summary>Reserves 4 bytes for a length written later with <see cref="EndLength"/>; returns where.</summary>
    public int BeginLength()
    {
        Take(4);
        return Length - 4;
    }

    public void EndLength(int at) => BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(at), Length - at - 4);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> Take(int count)
    {
        if (Length + count > _buffer.Length)
        {
            Grow(count);
        }

        Span<byte> span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    private void Grow(int count) => Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
}
