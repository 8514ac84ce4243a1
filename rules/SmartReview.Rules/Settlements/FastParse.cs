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

    /// <summary>yyyy-MM-ddTHH:mm:ss followed by Z or ±hh:mm; returns UTC. Worked out in whole seconds from the day
    /// number, without DateTime's own checks (a settlement file has two date-times a line).</summary>
    public static bool TryDateTime(ReadOnlySpan<byte> s, out DateTime utc)
    {
        utc = default;
        if (s.Length is not (20 or 25) || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        int year = Two(s, 0) * 100 + Two(s, 2), month = Two(s, 5), day = Two(s, 8);
        int hour = Two(s, 11), minute = Two(s, 14), second = Two(s, 17);
        if (year < 1 || month is < 1 or > 12 || day < 1 || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return false;
        }

        bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int[] daysTo = leap ? DaysToMonth366 : DaysToMonth365;
        if (day > daysTo[month] - daysTo[month - 1])
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
            int oh = Two(s, 20), om = Two(s, 23);
            if (s[19] is not ((byte)'+' or (byte)'-') || s[22] != ':' || oh < 0 || om is < 0 or > 59 || oh * 60 + om > 14 * 60)
            {
                return false;
            }

            offsetMinutes = (s[19] == '-' ? -1 : 1) * (oh * 60 + om);
        }

        int y = year - 1;
        long days = y * 365L + y / 4 - y / 100 + y / 400 + daysTo[month - 1] + day - 1;
        long seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offsetMinutes * 60L;
        if (seconds < 0 || seconds > DateTime.MaxValue.Ticks / TimeSpan.TicksPerSecond)
        {
            return false;
        }

        utc = new DateTime(seconds * TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        return true;
    }

    private static readonly int[] DaysToMonth365 = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
    private static readonly int[] DaysToMonth366 = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];

    /// <summary>Two digits at <paramref name="at"/>, or a large negative number if either is not a digit (so every
    /// field must be checked below as well as above).</summary>
    private static int Two(ReadOnlySpan<byte> s, int at)
    {
        uint tens = (uint)(s[at] - '0'), ones = (uint)(s[at + 1] - '0');
        return tens > 9 | ones > 9 ? -1_000_000 : (int)(tens * 10 + ones);
    }
}
