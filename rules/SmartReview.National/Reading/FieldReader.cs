using System.Globalization;
using SmartReview.Kernel;
using SmartReview.National.Dictionaries;
using SmartReview.National.Rows;
using SmartReview.Rules.Settlements;
using Sylvan.Data.Csv;

namespace SmartReview.National.Reading;

/// <summary>
/// Reads typed values from the current row. The first failure is kept in <see cref="Error"/> (later ones are
/// ignored) and a default is returned, so a row is read to its end and rejected once.
/// </summary>
internal sealed class FieldReader(CsvDataReader reader)
{
    private static readonly string[] TimeFormats =
        ["yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy/MM/dd HH:mm:ss", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyyMMddHHmmss", "yyyy-MM-dd", "yyyy/MM/dd", "yyyy/M/d", "yyyyMMdd"];

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
    public string Optional(Column column) => column.Present ? reader.GetString(column.Ordinal).Trim() : "";

    public T Code<T>(Column column, CodeTable<T> table)
        where T : notnull
    {
        string code = Optional(column);
        if (table.TryMap(code, out T value))
        {
            return value;
        }

        Fail(column.Name, code, $"code '{code}' is not in the {table.Column} dictionary");
        return default!;
    }

    /// <summary>Yuan: a decimal string, not negative, at most two decimals.</summary>
    public decimal Money(Column column)
    {
        ReadOnlySpan<char> text = Span(column);
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal value))
        {
            Fail(column.Name, text.ToString(), "is not an amount");
        }
        else if (value < 0)
        {
            Fail(column.Name, text.ToString(), "is negative");
        }
        else if (value * 100 != decimal.Truncate(value * 100))
        {
            Fail(column.Name, text.ToString(), "is more precise than a fen");
        }

        return value;
    }

    /// <summary>A count: a positive decimal.</summary>
    public decimal Quantity(Column column)
    {
        ReadOnlySpan<char> text = Span(column);
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal value))
        {
            Fail(column.Name, text.ToString(), "is not a number");
        }
        else if (value <= 0)
        {
            Fail(column.Name, text.ToString(), "must be more than zero");
        }

        return value;
    }

    /// <summary>A China-time date-time without offset (or a date: midnight), as UTC.</summary>
    public DateTime Time(Column column)
    {
        ReadOnlySpan<char> text = Span(column);
        if (TryTime(text, out DateTime utc))
        {
            return utc;
        }

        Fail(column.Name, text.ToString(), "is not a date-time yyyy-MM-dd HH:mm:ss");
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
        ReadOnlySpan<char> text = Span(column);
        if (TryTime(text, out DateTime utc))
        {
            return DateOnly.FromDateTime(utc + ChinaTime.Offset);
        }

        Fail(column.Name, text.ToString(), "is not a date yyyy-MM-dd");
        return default;
    }

    /// <summary>A sort number (optional column): the value, or <paramref name="otherwise"/> when absent or not a number.</summary>
    public long Order(Column column, long otherwise) =>
        column.Present && long.TryParse(Span(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) ? n : otherwise;

    internal static bool TryTime(ReadOnlySpan<char> text, out DateTime utc)
    {
        if (TryFast(text, out DateTime local) ||
            DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
        {
            utc = DateTime.SpecifyKind(local - ChinaTime.Offset, DateTimeKind.Utc);
            return true;
        }

        utc = default;
        return false;
    }

    private static bool TryFast(ReadOnlySpan<char> t, out DateTime local)
    {
        local = default;
        if (t.Length != 19 || t[4] != '-' || t[7] != '-' || (t[10] != ' ' && t[10] != 'T') || t[13] != ':' || t[16] != ':')
        {
            return false;
        }

        int year = Digits(t[..4]), month = Digits(t.Slice(5, 2)), day = Digits(t.Slice(8, 2));
        int hour = Digits(t.Slice(11, 2)), minute = Digits(t.Slice(14, 2)), second = Digits(t.Slice(17, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || hour < 0 || minute < 0 || second < 0)
        {
            return false;
        }

        local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static int Digits(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            n = (n * 10) + (c - '0');
        }

        return n;
    }

    private ReadOnlySpan<char> Span(Column column) => column.Present ? reader.GetFieldSpan(column.Ordinal).Trim() : [];
}
