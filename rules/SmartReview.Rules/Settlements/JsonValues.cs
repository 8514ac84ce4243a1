using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace SmartReview.Rules.Settlements;

/// <summary>Reads one typed value after a property name; every failure names the field.</summary>
internal static class JsonValues
{
    /// <summary>UTF-8 that throws on invalid bytes instead of replacing them.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Expect<T>(ref T reader, JsonTokenType type, in FieldPath field)
        where T : struct, IJsonTokens, allows ref struct
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new InvalidRecordException(field.ToString(), $"expected {Describe(type)}, found {Describe(reader.TokenType)}");
        }
    }

    public static string String<T>(ref T reader, in FieldPath field, StringPool? pool)
        where T : struct, IJsonTokens, allows ref struct
    {
        int noHint = -1;
        return String(ref reader, field, pool, ref noHint);
    }

    /// <summary>A non-empty string, looked up in the pool from <paramref name="hint"/> (see <see cref="StringPool.Get"/>).</summary>
    public static string String<T>(ref T reader, in FieldPath field, StringPool? pool, ref int hint)
        where T : struct, IJsonTokens, allows ref struct
    {
        Expect(ref reader, JsonTokenType.String, field);
        if (!reader.ValueIsEscaped && reader.ValueSpan.IsEmpty)
        {
            throw new InvalidRecordException(field.ToString(), "must not be empty");
        }

        return Kept(ref reader, field, pool, ref hint);
    }

    /// <summary>The current string value, unescaped if need be, from the pool when there is one.</summary>
    private static string Kept<T>(ref T reader, in FieldPath field, StringPool? pool, ref int hint)
        where T : struct, IJsonTokens, allows ref struct =>
        reader.ValueIsEscaped ? Unescaped(ref reader, field) : pool is null ? Text(reader.ValueSpan, field) : pool.Get(reader.ValueSpan, field, ref hint);

    /// <summary>UTF-8 bytes as a string; invalid UTF-8 is an error of the field, not replacement characters.</summary>
    public static string Text(ReadOnlySpan<byte> utf8, in FieldPath field)
    {
        try
        {
            return StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidRecordException(field.ToString(), "is not valid UTF-8");
        }
    }

    private static string Unescaped<T>(ref T reader, in FieldPath field)
        where T : struct, IJsonTokens, allows ref struct
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new InvalidRecordException(field.ToString(), "is not valid UTF-8");
        }
    }

    public static string? OptionalString<T>(ref T reader, in FieldPath field, StringPool? pool)
        where T : struct, IJsonTokens, allows ref struct
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new InvalidRecordException(field.ToString(), $"expected a string or null, found {Describe(reader.TokenType)}");
        }

        int noHint = -1;
        return Kept(ref reader, field, pool, ref noHint);
    }

    public static decimal Decimal<T>(ref T reader, in FieldPath field)
        where T : struct, IJsonTokens, allows ref struct
    {
        Expect(ref reader, JsonTokenType.Number, field);
        if (!FastParse.TryDecimal(reader.ValueSpan, out decimal value) && !reader.TryGetDecimal(out value))
        {
            throw new InvalidRecordException(field.ToString(), "number out of range");
        }

        return value;
    }

    /// <summary>A money amount in yuan: not negative, at most two decimals (fen).</summary>
    public static decimal Money<T>(ref T reader, in FieldPath field)
        where T : struct, IJsonTokens, allows ref struct
    {
        decimal value = Decimal(ref reader, field);
        if (decimal.IsNegative(value) && value != 0)
        {
            throw new InvalidRecordException(field.ToString(), $"must not be negative ({value})");
        }

        if (value.Scale > 2 && value != decimal.Round(value, 2))
        {
            throw new InvalidRecordException(field.ToString(), $"more precise than a fen ({value})");
        }

        return value;
    }

    public static int Int<T>(ref T reader, in FieldPath field)
        where T : struct, IJsonTokens, allows ref struct
    {
        Expect(ref reader, JsonTokenType.Number, field);
        if (!reader.TryGetInt32(out int value))
        {
            throw new InvalidRecordException(field.ToString(), "expected a whole number");
        }

        return value;
    }

    public static bool Bool<T>(ref T reader, in FieldPath field)
        where T : struct, IJsonTokens, allows ref struct
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new InvalidRecordException(field.ToString(), $"expected true or false, found {Describe(reader.TokenType)}"),
        };
    }

    /// <summary>An ISO 8601 date-time with an explicit offset (Z or +08:00), returned in UTC.</summary>
    public static DateTime DateTime<T>(ref T reader, in FieldPath field)
        where T : struct, IJsonTokens, allows ref struct
    {
        Expect(ref reader, JsonTokenType.String, field);
        scoped ReadOnlySpan<byte> raw = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            // e.g. "+08:00" written as "\u002B08:00" by System.Text.Json's default encoder
            Span<byte> unescaped = stackalloc byte[64];
            raw = raw.Length <= unescaped.Length ? unescaped[..reader.CopyString(unescaped)] : [];
        }

        if (FastParse.TryDateTime(raw, out DateTime fast))
        {
            return fast;
        }

        // A time is required (yyyy-MM-ddT…): a bare date would otherwise pass as midnight in the machine's time zone.
        bool hasTime = raw.Length > 16 && raw[10] == (byte)'T';
        bool hasOffset = raw.Length > 6 && (raw[^1] == (byte)'Z' || raw[^6] == (byte)'+' || raw[^6] == (byte)'-');
        if (!hasTime || !hasOffset || !reader.TryGetDateTimeOffset(out DateTimeOffset value))
        {
            throw new InvalidRecordException(field.ToString(), "expected an ISO 8601 date-time with offset, e.g. 2024-03-01T08:30:00+08:00");
        }

        return value.UtcDateTime;
    }

    /// <summary>A calendar date, yyyy-MM-dd.</summary>
    public static DateOnly Date<T>(ref T reader, in FieldPath field)
        where T : struct, IJsonTokens, allows ref struct
    {
        Expect(ref reader, JsonTokenType.String, field);
        ReadOnlySpan<byte> raw = reader.ValueSpan;
        if (raw.Length != 10 || raw[4] != (byte)'-' || raw[7] != (byte)'-'
            || !Utf8Parser.TryParse(raw[..4], out int year, out _)
            || !Utf8Parser.TryParse(raw.Slice(5, 2), out int month, out _)
            || !Utf8Parser.TryParse(raw.Slice(8, 2), out int day, out _)
            || month is < 1 or > 12 || day < 1 || year < 1 || day > System.DateTime.DaysInMonth(year, month))
        {
            throw new InvalidRecordException(field.ToString(), "expected a date yyyy-MM-dd");
        }

        return new DateOnly(year, month, day);
    }

    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };
}
