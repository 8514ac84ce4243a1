using System.Buffers;
using System.Text;

namespace SmartReview.National.Reading.Csv;

/// <summary>
/// Whole rows of one file, as read (UTF-8 or GB18030), in a pooled buffer; <see cref="FirstRow"/> is the row number
/// of the first (the header is row 1). <see cref="Utf8"/> gives them as UTF-8; <see cref="Dispose"/> returns the buffers.
/// </summary>
internal sealed class CsvBlock(byte[] bytes, int length, long firstRow, long sequence) : IDisposable
{
    private byte[]? _bytes = bytes, _converted;

    public long FirstRow { get; } = firstRow;

    /// <summary>Place of the block in its file, from 0.</summary>
    public long Sequence { get; } = sequence;

    /// <summary>
    /// The rows as UTF-8: the bytes themselves when they are valid UTF-8, else converted from
    /// <paramref name="encoding"/> (bytes invalid in it become U+FFFD, as a text reader would make them) into a buffer
    /// of the block's own.
    /// </summary>
    public (byte[] Bytes, int Length) Utf8(Encoding encoding)
    {
        byte[] raw = _bytes ?? throw new ObjectDisposedException(nameof(CsvBlock));
        if (encoding is UTF8Encoding && System.Text.Unicode.Utf8.IsValid(raw.AsSpan(0, length)))
        {
            return (raw, length);
        }

        char[] chars = ArrayPool<char>.Shared.Rent(length);
        try
        {
            int count = encoding.GetChars(raw, 0, length, chars, 0);
            _converted ??= ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(count));
            return (_converted, Encoding.UTF8.GetBytes(chars, 0, count, _converted, 0));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public void Dispose()
    {
        if (_bytes is not null)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = null;
        }

        if (_converted is not null)
        {
            ArrayPool<byte>.Shared.Return(_converted);
            _converted = null;
        }
    }
}
