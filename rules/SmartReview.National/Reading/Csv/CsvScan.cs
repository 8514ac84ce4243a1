using System.Buffers;

namespace SmartReview.National.Reading.Csv;

/// <summary>
/// Finds where rows end in CSV bytes (RFC 4180: a field that starts with a quote runs to the closing quote, a doubled
/// quote inside it is one quote, and commas and line breaks inside it are text; a quote elsewhere is text). Works
/// on UTF-8 and on GB18030 alike: quote, comma and line feed are single bytes that no multi-byte character contains.
/// </summary>
internal static class CsvScan
{
    private static readonly SearchValues<byte> QuoteOrFeed = SearchValues.Create("\"\n"u8);

    /// <summary>
    /// The end (after its line feed) of the last whole row in <paramref name="bytes"/>, which starts at a row's start,
    /// and the rows before it; 0 when no row ends in it.
    /// </summary>
    public static int LastRowEnd(ReadOnlySpan<byte> bytes, out int rows)
    {
        if (!bytes.Contains((byte)'"'))
        {
            int end = bytes.LastIndexOf((byte)'\n') + 1;
            rows = bytes[..end].Count((byte)'\n');
            return end;
        }

        return LastRowEndQuoted(bytes, out rows);
    }

    private static int LastRowEndQuoted(ReadOnlySpan<byte> bytes, out int rows)
    {
        rows = 0;
        int last = 0, at = 0;
        while (at < bytes.Length)
        {
            int next = bytes[at..].IndexOfAny(QuoteOrFeed);
            if (next < 0)
            {
                break;
            }

            at += next;
            if (bytes[at] == (byte)'\n')
            {
                rows++;
                last = ++at;
                continue;
            }

            if (at != last && bytes[at - 1] != (byte)',')
            {
                at++; // a quote inside an unquoted field is text
                continue;
            }

            int close = ClosingQuote(bytes, at + 1, final: false);
            if (close < 0)
            {
                break; // the quoted field goes on past these bytes
            }

            at = close + 1;
        }

        return last;
    }

    /// <summary>
    /// The closing quote of a quoted field whose text starts at <paramref name="from"/>, or -1 if not in
    /// <paramref name="bytes"/>. Unless the bytes are <paramref name="final"/>, a quote as their last byte is undecided
    /// (it may be the first of a doubled pair cut off), so -1.
    /// </summary>
    public static int ClosingQuote(ReadOnlySpan<byte> bytes, int from, bool final)
    {
        while (true)
        {
            int quote = bytes[from..].IndexOf((byte)'"');
            if (quote < 0)
            {
                return -1;
            }

            int at = from + quote;
            if (at + 1 < bytes.Length && bytes[at + 1] == (byte)'"')
            {
                from = at + 2;
                continue;
            }

            return at + 1 < bytes.Length || final ? at : -1;
        }
    }
}
