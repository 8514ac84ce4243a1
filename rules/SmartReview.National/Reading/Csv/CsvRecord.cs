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
    private static readonly Vector256<byte> Comma = Vector256.Create((byte)',');
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

    /// <summary>Nearly every row: no quote in it, so its fields are what lies between its commas. False (nothing read) for a row with a quote.</summary>
    private bool ReadUnquoted(ReadOnlySpan<byte> s, ref int at)
    {
        int feed = s[at..].IndexOf((byte)'\n');
        int end = feed < 0 ? s.Length : at + feed;
        ReadOnlySpan<byte> row = s[at..end];
        if (row.Contains((byte)'"'))
        {
            return false;
        }

        int stop = row.Length > 0 && row[^1] == (byte)'\r' ? row.Length - 1 : row.Length;
        int start = 0, i = 0;
        ref byte first = ref MemoryMarshal.GetReference(row);
        for (; i + Vector256<byte>.Count <= stop; i += Vector256<byte>.Count)
        {
            // 32 bytes at a time: a bit per comma, each turned into a field.
            uint commas = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)i), Comma).ExtractMostSignificantBits();
            for (; commas != 0; commas &= commas - 1)
            {
                int comma = i + BitOperations.TrailingZeroCount(commas);
                Add(at + start, comma - start, false);
                start = comma + 1;
            }
        }

        for (; i < stop; i++)
        {
            if (row[i] == (byte)',')
            {
                Add(at + start, i - start, false);
                start = i + 1;
            }
        }

        Add(at + start, stop - start, false);
        at = feed < 0 ? s.Length : end + 1;
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
