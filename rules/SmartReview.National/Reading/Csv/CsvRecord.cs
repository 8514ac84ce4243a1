using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SmartReview.National.Reading.Csv;

/// <summary>
/// One CSV row cut into fields (see <see cref="CsvScan"/> for the quoting rules), over UTF-8 bytes the record does not
/// own: a field is a span of them, its quotes removed and doubled quotes undone. A line's final CR is dropped.
/// </summary>
internal sealed class CsvRecord
{
    private static readonly SearchValues<byte> CommaOrFeed = SearchValues.Create(",\n"u8);
    private static readonly Vector256<byte> Comma = Vector256.Create((byte)','), Feed = Vector256.Create((byte)'\n'), Quote = Vector256.Create((byte)'"');
    private (int Start, int Length, bool Unquoted)[] _fields = new (int, int, bool)[32];
    private byte[] _unquoted = new byte[256];
    private int _unquotedLength;
    private byte[] _bytes = [];

    public int FieldCount { get; private set; }

    /// <summary>Reads the row that starts at <paramref name="at"/> and moves past its line feed; false at the end of the bytes.</summary>
    /// <exception cref="InvalidDataException">A quoted field is not closed before the bytes end.</exception>
    public bool Read(byte[] bytes, int length, ref int at)
    {
        if (at >= length)
        {
            return false;
        }

        _bytes = bytes;
        FieldCount = 0;
        _unquotedLength = 0;
        ReadOnlySpan<byte> s = bytes.AsSpan(0, length);
        return ReadUnquoted(s, ref at) || ReadQuoted(s, ref at);
    }

    /// <summary>
    /// Nearly every row: no quote in it, so its fields are what lies between its commas. One pass, 32 bytes at a time,
    /// finds the commas, the line feed and any quote. False (nothing read) for a row with a quote.
    /// </summary>
    private bool ReadUnquoted(ReadOnlySpan<byte> s, ref int at)
    {
        int start = at, i = at;
        ref byte first = ref MemoryMarshal.GetReference(s);
        for (; i + Vector256<byte>.Count <= s.Length; i += Vector256<byte>.Count)
        {
            Vector256<byte> chunk = Vector256.LoadUnsafe(ref first, (nuint)i);
            uint commas = Vector256.Equals(chunk, Comma).ExtractMostSignificantBits();
            uint feeds = Vector256.Equals(chunk, Feed).ExtractMostSignificantBits();
            uint quotes = Vector256.Equals(chunk, Quote).ExtractMostSignificantBits();
            uint before = feeds == 0 ? uint.MaxValue : (feeds & (0u - feeds)) - 1; // the bits before the row's line feed
            if ((quotes & before) != 0)
            {
                FieldCount = 0;
                return false;
            }

            for (commas &= before; commas != 0; commas &= commas - 1)
            {
                int comma = i + BitOperations.TrailingZeroCount(commas);
                Add(start, comma - start, false);
                start = comma + 1;
            }

            if (feeds != 0)
            {
                return EndRow(s, start, i + BitOperations.TrailingZeroCount(feeds), ref at);
            }
        }

        for (; i < s.Length; i++)
        {
            switch (s[i])
            {
                case (byte)'"':
                    FieldCount = 0;
                    return false;
                case (byte)',':
                    Add(start, i - start, false);
                    start = i + 1;
                    break;
                case (byte)'\n':
                    return EndRow(s, start, i, ref at);
            }
        }

        return EndRow(s, start, s.Length, ref at);
    }

    /// <summary>Adds the row's last field, which ends at <paramref name="end"/> (its line feed, or the end of the bytes) less a final CR.</summary>
    private bool EndRow(ReadOnlySpan<byte> s, int start, int end, ref int at)
    {
        int stop = end > start && s[end - 1] == (byte)'\r' ? end - 1 : end;
        Add(start, stop - start, false);
        at = end < s.Length ? end + 1 : s.Length;
        return true;
    }

    private bool ReadQuoted(ReadOnlySpan<byte> s, ref int at)
    {
        while (true)
        {
            int start = at;
            int end;
            if (at < s.Length && s[at] == (byte)'"')
            {
                int close = CsvScan.ClosingQuote(s, at + 1, final: true);
                if (close < 0)
                {
                    throw new InvalidDataException("a quoted field is not closed");
                }

                ReadOnlySpan<byte> text = s[(at + 1)..close];
                if (text.IndexOf("\"\""u8) >= 0)
                {
                    AddUnquoted(text);
                }
                else
                {
                    Add(at + 1, text.Length, false);
                }

                int after = s[(close + 1)..].IndexOfAny(CommaOrFeed);
                end = after < 0 ? s.Length : close + 1 + after;
            }
            else
            {
                int next = s[at..].IndexOfAny(CommaOrFeed);
                end = next < 0 ? s.Length : at + next;
                int stop = end;
                if (end < s.Length && s[end] == (byte)'\n' && stop > start && s[stop - 1] == (byte)'\r')
                {
                    stop--;
                }
                else if (end == s.Length && stop > start && s[stop - 1] == (byte)'\r')
                {
                    stop--;
                }

                Add(start, stop - start, false);
            }

            if (end >= s.Length)
            {
                at = s.Length;
                return true;
            }

            at = end + 1;
            if (s[end] == (byte)'\n')
            {
                return true;
            }
        }
    }

    /// <summary>Field <paramref name="i"/>'s bytes (valid until the next <see cref="Read"/>), empty past the row's last field.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Field(int i)
    {
        if ((uint)i >= (uint)FieldCount)
        {
            return [];
        }

        (int start, int length, bool unquoted) = _fields[i];
        return (unquoted ? _unquoted : _bytes).AsSpan(start, length);
    }

    /// <summary>A line with nothing on it (blank lines are not rows).</summary>
    public bool IsBlank => FieldCount <= 1 && Field(0).Trim(" \t\r"u8).IsEmpty;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Add(int start, int length, bool unquoted)
    {
        if (FieldCount == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[FieldCount++] = (start, length, unquoted);
    }

    /// <summary>Adds a quoted field's text with each doubled quote made one, kept in the record's own buffer.</summary>
    private void AddUnquoted(ReadOnlySpan<byte> text)
    {
        if (_unquoted.Length < _unquotedLength + text.Length)
        {
            Array.Resize(ref _unquoted, (_unquotedLength + text.Length) * 2);
        }

        int start = _unquotedLength;
        for (int i = 0; i < text.Length; i++)
        {
            _unquoted[_unquotedLength++] = text[i];
            if (text[i] == (byte)'"' && i + 1 < text.Length && text[i + 1] == (byte)'"')
            {
                i++;
            }
        }

        Add(start, _unquotedLength - start, true);
    }
}
