namespace SmartReview.Rules.Settlements;

/// <summary>
/// Fast paths for the two value shapes that dominate settlement files: plain decimals (<c>123.45</c>) and
/// date-times without fractions (<c>2024-03-01T08:00:00+08:00</c> or <c>…Z</c>). Anything else returns false and
/// the caller uses the general parser.
/// </summary>
internal static class FastParse
{
    public static bool TryDecimal(ReadOnlySpan<byte> s, out decimal value)
    {
        value = 0;
        int i = 0;
        bool negative = s.Length > 0 && s[0] == (byte)'-';
        if (negative)
        {
            i = 1;
        }

        ulong digits = 0;
        int count = 0, scale = -1;
        for (; i < s.Length; i++)
        {
            byte c = s[i];
            if (c == (byte)'.' && scale < 0)
            {
                scale = 0;
                continue;
            }

            uint d = (uint)(c - '0');
            if (d > 9 || ++count > 18)
            {
                return false;
            }

            digits = digits * 10 + d;
            if (scale >= 0)
            {
                scale++;
            }
        }

        if (count == 0 || scale == 0)
        {
            return false;
        }

        value = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>yyyy-MM-ddTHH:mm:ss followed by Z or ±hh:mm; returns UTC.</summary>
    public static bool TryDateTime(ReadOnlySpan<byte> s, out DateTime utc)
    {
        utc = default;
        if (s.Length is not (20 or 25) || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        int year = Digits(s, 0, 4), month = Digits(s, 5, 2), day = Digits(s, 8, 2);
        int hour = Digits(s, 11, 2), minute = Digits(s, 14, 2), second = Digits(s, 17, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        int offsetMinutes;
        if (s.Length == 20)
        {
            if (s[19] != 'Z')
            {
                return false;
            }

            offsetMinutes = 0;
        }
        else
        {
            int oh = Digits(s, 20, 2), om = Digits(s, 23, 2);
            if (s[19] is not ((byte)'+' or (byte)'-') || s[22] != ':' || oh > 14 || om > 59)
            {
                return false;
            }

            offsetMinutes = (s[19] == '-' ? -1 : 1) * (oh * 60 + om);
        }

        utc = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(-offsetMinutes * TimeSpan.TicksPerMinute);
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> s, int start, int length)
    {
        int value = 0;
        for (int i = start; i < start + length; i++)
        {
            uint d = (uint)(s[i] - '0');
            if (d > 9)
            {
                return -1_000_000;
            }

            value = value * 10 + (int)d;
        }

        return value;
    }
}
