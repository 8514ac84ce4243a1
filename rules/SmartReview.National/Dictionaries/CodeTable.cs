namespace SmartReview.National.Dictionaries;

/// <summary>One column's code table: extract code → SmartReview value, and back (the first code listed for a value).</summary>
internal sealed class CodeTable<T>(string column, IReadOnlyList<KeyValuePair<string, T>> entries)
    where T : notnull
{
    private readonly Dictionary<string, T> _byCode = entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
    private readonly Dictionary<T, string> _byValue = entries.GroupBy(e => e.Value).ToDictionary(g => g.Key, g => g.First().Key);
    private readonly Dictionary<ulong, T> _byShortCode = entries.Where(e => Pack(e.Key) != 0).ToDictionary(e => Pack(e.Key), e => e.Value);

    public string Column { get; } = column;

    public IReadOnlyList<KeyValuePair<string, T>> Entries { get; } = entries;

    public bool TryMap(string code, out T value) => _byCode.TryGetValue(code, out value!);

    /// <summary>A code as read (UTF-8); codes of up to 8 ASCII characters, all of the national ones, are looked up as a number.</summary>
    public bool TryMap(ReadOnlySpan<byte> utf8, out T value)
    {
        if (Pack(utf8) is var packed and not 0)
        {
            return _byShortCode.TryGetValue(packed, out value!);
        }

        return TryMap(System.Text.Encoding.UTF8.GetString(utf8), out value);
    }

    /// <summary>The code written for <paramref name="value"/> when settlements are exported as tables.</summary>
    public string CodeOf(T value) =>
        _byValue.TryGetValue(value, out string? code) ? code : throw new KeyNotFoundException($"{Column}: no code for {value}");

    /// <summary>1 to 8 ASCII characters as one number (0 for anything else).</summary>
    private static ulong Pack(ReadOnlySpan<byte> code)
    {
        if (code.IsEmpty || code.Length > 8)
        {
            return 0;
        }

        ulong packed = 0;
        foreach (byte b in code)
        {
            if (b is 0 or >= 0x80)
            {
                return 0;
            }

            packed = (packed << 8) | b;
        }

        return packed;
    }

    private static ulong Pack(string code) => code.Length is > 0 and <= 8 && System.Text.Ascii.IsValid(code) ? Pack(System.Text.Encoding.ASCII.GetBytes(code)) : 0;
}
