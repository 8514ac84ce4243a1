using System.Globalization;
using System.Text;
using SmartReview.Kernel;
using SmartReview.National.Dictionaries;
using SmartReview.National.Reading.Csv;
using SmartReview.National.Rows;

namespace SmartReview.National.Reading;

/// <summary>
/// Reads typed values from the current row (UTF-8), each trimmed of white space. The first failure is kept in
/// <see cref="Error"/> (later ones are ignored) and a default is returned, so a row is read to its end and rejected once.
/// </summary>
internal sealed class FieldReader(CsvRecord record)
{
    private static readonly string[] TimeFormats =
        ["yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy/MM/dd HH:mm:ss", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyyMMddHHmmss", "yyyy-MM-dd", "yyyy/MM/dd", "yyyy/M/d", "yyyyMMdd"];

    private const NumberStyles Numbers = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

    public RowError? Error { get; private set; }

    public void Begin() => Error = null;

    public void Fail(string? column, string? value, string reason) => Error ??= new RowError(column, value, reason);

    /// <summary>A required, non-empty text.</summary>
    public string Text(Column column)
    {
        string value = Optional(column);
        if (value.Length == 0)
        {
            Fail(column.Name, "", "is empty");
        }

        return value;
    }

    /// <summary>A text that may be empty or whose column may be absent ("" then).</summary>
    public string Optional(Column column) => column.Present ? Encoding.UTF8.GetString(Span(column)) : "";

    /// <summary>As <see cref="Text"/>, its UTF-8 bytes (valid until the next row).</summary>
    public ReadOnlySpan<byte> Utf8(Column column)
    {
        ReadOnlySpan<byte> value = Span(column);
        if (value.IsEmpty)
        {
            Fail(column.Name, "", "is empty");
        }

        return value;
    }

    public T Code<T>(Column column, CodeTable<T> table)
        where T : notnull
    {
        ReadOnlySpan<byte> code = Span(column);
        if (table.TryMap(code, out T value))
        {
            return value;
        }

        string text = Encoding.UTF8.GetString(code);
        Fail(column.Name, text, $"code '{text}' is not in the {table.Column} dictionary");
        return default!;
    }

    /// <summary>Yuan: a decimal string, not negative, at most two decimals.</summary>
    public decimal Money(Column column)
    {
        ReadOnlySpan<byte> text = Span(column);
        if (!TryNumber(text, out decimal value))
        {
            Fail(column.Name, Encoding.UTF8.GetString(text), "is not an amount");
        }
        else if (decimal.IsNegative(value) && value != 0)
        {
            Fail(column.Name, Encoding.UTF8.GetString(text), "is negative");
        }
        else if (value.Scale > 2 && value * 100 != decimal.Truncate(value * 100))
        {
            Fail(column.Name, Encoding.UTF8.GetString(text), "is more precise than a fen");
        }

        return value;
    }

    /// <summary>A count: a positive decimal.</summary>
    public decimal Quantity(Column column)
    {
        ReadOnlySpan<byte> text = Span(column);
        if (!TryNumber(text, out decimal value))
        {
            Fail(column.Name, Encoding.UTF8.GetString(text), "is not a number");
        }
        else if (decimal.IsNegative(value) || value == 0)
        {
            Fail(column.Name, Encoding.UTF8.GetString(text), "must be more than zero");
        }

        return value;
    }

    /// <summary>A China-time date-time without offset (or a date: midnight), as UTC.</summary>
    public DateTime Time(Column column)
    {
        ReadOnlySpan<byte> text = Span(column);
        if (TryTime(text, out DateTime utc))
        {
            return utc;
        }

        Fail(column.Name, Encoding.UTF8.GetString(text), "is not a date-time yyyy-MM-dd HH:mm:ss");
        return default;
    }

    /// <summary>As <see cref="Time"/>, null when the column is absent or the value empty.</summary>
    public DateTime? OptionalTime(Column column)
    {
        if (!column.Present || Span(column).IsEmpty)
        {
            return null;
        }

        return Time(column);
    }

    public DateOnly Date(Column column)
    {
        ReadOnlySpan<byte> text = Span(column);
        if (TryTime(text, out DateTime utc))
        {
            return DateOnly.FromDateTime(utc + ChinaTime.Offset);
        }

        Fail(column.Name, Encoding.UTF8.GetString(text), "is not a date yyyy-MM-dd");
        return default;
    }

    /// <summary>A sort number (optional column): the value, or <paramref name="otherwise"/> when absent or not a number.</summary>
    public long Order(Column column, long otherwise) =>
        column.Present && long.TryParse(Span(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) ? n : otherwise;

    internal static bool TryTime(ReadOnlySpan<byte> text, out DateTime utc)
    {
        DateTime local = default;
        if (TryFast(text, ref local) || TryFormats(text, ref local))
        {
            utc = DateTime.SpecifyKind(local - ChinaTime.Offset, DateTimeKind.Utc);
            return true;
        }

        utc = default;
        return false;
    }

    private static bool TryFormats(ReadOnlySpan<byte> text, ref DateTime local)
    {
        Span<char> chars = stackalloc char[Math.Min(text.Length, 64)];
        return text.Length <= 64 && Encoding.UTF8.TryGetChars(text, chars, out int length)
            && DateTime.TryParseExact(chars[..length], TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);
    }

    /// <summary>yyyy-MM-dd HH:mm:ss (or with a T) and yyyy-MM-dd, the extract's own forms, read without a string.</summary>
    private static bool TryFast(ReadOnlySpan<byte> t, ref DateTime local)
    {
        bool date = t.Length == 10;
        if ((t.Length != 19 && !date) || t[4] != '-' || t[7] != '-' || (!date && ((t[10] != ' ' && t[10] != 'T') || t[13] != ':' || t[16] != ':')))
        {
            return false;
        }

        int year = Digits(t[..4]), month = Digits(t.Slice(5, 2)), day = Digits(t.Slice(8, 2));
        int hour = date ? 0 : Digits(t.Slice(11, 2)), minute = date ? 0 : Digits(t.Slice(14, 2)), second = date ? 0 : Digits(t.Slice(17, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour is < 0 or > 23 || minute is < 0 or > 59
            || second is < 0 or > 59)
        {
            return false;
        }

        local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> s)
    {
        int n = 0;
        foreach (byte c in s)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            n = (n * 10) + (c - '0');
        }

        return n;
    }

    /// <summary>
    /// A decimal as an optional sign, digits and an optional point with digits, read without a string when it has at
    /// most 18 digits; anything else as <see cref="decimal.TryParse(string, NumberStyles, IFormatProvider, out decimal)"/> reads it.
    /// </summary>
    internal static bool TryNumber(ReadOnlySpan<byte> s, out decimal value)
    {
        int i = s.Length > 0 && (s[0] == (byte)'-' || s[0] == (byte)'+') ? 1 : 0;
        bool negative = i == 1 && s[0] == (byte)'-';
        ulong mantissa = 0;
        int digits = 0, point = -1;
        for (; i < s.Length; i++)
        {
            uint digit = (uint)(s[i] - '0');
            if (digit <= 9 && digits < 18)
            {
                mantissa = (mantissa * 10) + digit;
                digits++;
            }
            else if (s[i] == (byte)'.' && point < 0)
            {
                point = i;
            }
            else
            {
                return decimal.TryParse(s, Numbers, CultureInfo.InvariantCulture, out value);
            }
        }

        if (digits == 0)
        {
            return decimal.TryParse(s, Numbers, CultureInfo.InvariantCulture, out value);
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)(point < 0 ? 0 : s.Length - 1 - point));
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Span(Column column)
    {
        if (!column.Present)
        {
            return [];
        }

        ReadOnlySpan<byte> s = record.Field(column.Ordinal);
        return s.IsEmpty || (s[0] is > (byte)' ' and < 0x80 && s[^1] is > (byte)' ' and < 0x80) ? s : Trim(s); // nearly every field: printable ASCII at both ends
    }

    /// <summary>Without white space at either end: ASCII white space, no-break space (U+00A0) and ideographic space (U+3000).</summary>
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s)
    {
        while (true)
        {
            ReadOnlySpan<byte> before = s;
            s = s.Trim(" \t\r\n\v\f"u8);
            if (s.StartsWith("\u3000"u8) || s.StartsWith("\u00A0"u8))
            {
                s = s[(s[0] == 0xE3 ? 3 : 2)..];
            }

            if (s.EndsWith("\u3000"u8) || s.EndsWith("\u00A0"u8))
            {
                s = s[..^(s[^1] == 0x80 && s.Length >= 3 && s[^3] == 0xE3 ? 3 : 2)];
            }

            if (s.Length == before.Length)
            {
                return s;
            }
        }
    }
}
