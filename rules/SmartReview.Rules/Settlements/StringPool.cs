using System.Text;
using System.Text.Json;

namespace SmartReview.Rules.Settlements;

/// <summary>
/// Reuses strings for values that repeat across records (codes, names, departments), so a stream of millions of
/// lines does not allocate millions of copies. One pool per thread; bounded, cleared when full.
/// </summary>
internal sealed class StringPool
{
    private const int MaxPooledChars = 128;
    private readonly int _capacity;
    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool(int capacity = 1 << 16)
    {
        _capacity = capacity;
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> utf8 = reader.ValueSpan;
        if (reader.ValueIsEscaped || reader.HasValueSequence || utf8.Length > MaxPooledChars)
        {
            return reader.GetString()!;
        }

        Span<char> chars = stackalloc char[MaxPooledChars];
        int length = Encoding.UTF8.GetChars(utf8, chars);
        ReadOnlySpan<char> value = chars[..length];
        if (_lookup.TryGetValue(value, out string? pooled))
        {
            return pooled;
        }

        if (_map.Count >= _capacity)
        {
            _map.Clear();
        }

        string created = value.ToString();
        _map[created] = created;
        return created;
    }
}
