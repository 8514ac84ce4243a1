using System.Buffers.Binary;

namespace SmartReview.Application.Ingest;

/// <summary>A chunk's original line numbers in the upload, stored beside it as little-endian 64-bit integers.</summary>
public static class LineNumbers
{
    public static byte[] Encode(IReadOnlyList<long> numbers)
    {
        byte[] bytes = new byte[numbers.Count * sizeof(long)];
        for (int i = 0; i < numbers.Count; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * sizeof(long)), numbers[i]);
        }

        return bytes;
    }

    public static long[] Decode(ReadOnlySpan<byte> bytes)
    {
        long[] numbers = new long[bytes.Length / sizeof(long)];
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = BinaryPrimitives.ReadInt64LittleEndian(bytes[(i * sizeof(long))..]);
        }

        return numbers;
    }
}
