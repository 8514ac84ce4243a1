namespace SmartReview.National.Dictionaries;

/// <summary>One column's code table: extract code → SmartReview value, and back (the first code listed for a value).</summary>
internal sealed class CodeTable<T>(string column, IReadOnlyList<KeyValuePair<string, T>> entries)
    where T : notnull
{
    private readonly Dictionary<string, T> _byCode = entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
    private readonly Dictionary<T, string> _byValue = entries.GroupBy(e => e.Value).ToDictionary(g => g.Key, g => g.First().Key);

    public string Column { get; } = column;

    public IReadOnlyList<KeyValuePair<string, T>> Entries { get; } = entries;

    public bool TryMap(string code, out T value) => _byCode.TryGetValue(code, out value!);

    public bool TryMap(ReadOnlySpan<char> code, out T value) => _byCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out value!);

    /// <summary>The code written for <paramref name="value"/> when settlements are exported as tables.</summary>
    public string CodeOf(T value) =>
        _byValue.TryGetValue(value, out string? code) ? code : throw new KeyNotFoundException($"{Column}: no code for {value}");
}
