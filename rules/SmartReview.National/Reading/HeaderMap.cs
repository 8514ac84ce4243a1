namespace SmartReview.National.Reading;

/// <summary>A file's header: column names in lower case, trimmed, first occurrence wins; unknown columns are simply not asked for.</summary>
internal sealed class HeaderMap
{
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);

    public HeaderMap(IReadOnlyList<string> names, string file)
    {
        File = file;
        for (int i = 0; i < names.Count; i++)
        {
            _ordinals.TryAdd(names[i].Trim().Trim('\uFEFF').Trim('"').ToLowerInvariant(), i);
        }
    }

    public string File { get; }

    public bool Has(string name) => _ordinals.ContainsKey(name);

    /// <summary>The first of <paramref name="names"/> (a column and its accepted aliases) that the header has, or <see cref="Column.Absent"/>.</summary>
    public Column Find(params string[] names)
    {
        foreach (string name in names)
        {
            if (_ordinals.TryGetValue(name, out int ordinal))
            {
                return new Column(ordinal, name);
            }
        }

        return Column.Absent;
    }

    /// <summary>As <see cref="Find"/>, or a <see cref="NationalExtractException"/> naming the table, file and column.</summary>
    public Column Require(NationalTable table, params string[] names)
    {
        Column found = Find(names);
        return found.Present ? found : throw new NationalExtractException(
            $"{TableNames.Of(table)} ({File}): required column {string.Join(" or ", names)} is missing");
    }
}
