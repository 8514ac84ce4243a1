using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace SmartReview.Rules.Settlements.Binary;

/// <summary>Reads what <see cref="ByteWriter"/> wrote, in order.</summary>
public ref struct ByteReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;

    public int Position { get; private set; }

    public readonly bool End => Position >= _bytes.Length;

    public byte Byte() => _bytes[Position++];

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Next(4));

    public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Next(8));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Count()
    {
        byte first = _bytes[Position];
        if (first < 0x80)
        {
            Position++;
            return first; // texts under 128 bytes, nearly all of them
        }

        return Wide();
    }

    private int Wide()
    {
        uint value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = Byte();
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)value;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Utf8() => Next(Count());

    public string Text() => System.Text.Encoding.UTF8.GetString(Utf8());

    public bool Boolean() => Byte() != 0;

    public decimal Decimal()
    {
        byte head = _bytes[Position];
        bool wide = (head & 0x40) != 0;
        ReadOnlySpan<byte> body = Next(wide ? 13 : 5);
        int low = BinaryPrimitives.ReadInt32LittleEndian(body[1..]);
        int mid = wide ? BinaryPrimitives.ReadInt32LittleEndian(body[5..]) : 0, high = wide ? BinaryPrimitives.ReadInt32LittleEndian(body[9..]) : 0;
        return new decimal(low, mid, high, (head & 0x80) != 0, (byte)(head & 0x1F));
    }

    /// <summary>What <see cref="ByteWriter.Number"/> wrote.</summary>
    public long Number()
    {
        ulong value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = Byte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (long)value;
            }
        }
    }

    public void SkipDecimal() => Position += (_bytes[Position] & 0x40) != 0 ? 13 : 5;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Next(int count)
    {
        ReadOnlySpan<byte> span = _bytes.Slice(Position, count);
        Position += count;
        return span;
    }
}
