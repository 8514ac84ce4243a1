namespace SmartReview.National.Tests.Support;

/// <summary>One table of a hand-made extract: header and rows as fields (the builder quotes them).</summary>
internal sealed record TableSpec(string FileName, string[] Header, List<string[]> Rows)
{
    public TableSpec With(string column, int row, string value)
    {
        int at = Array.IndexOf(Header, column);
        var rows = Rows.Select(r => (string[])r.Clone()).ToList();
        rows[row][at] = value;
        return this with { Rows = rows };
    }

    public TableSpec Without(string column)
    {
        int at = Array.IndexOf(Header, column);
        return this with { Header = [.. Header.Where((_, i) => i != at)], Rows = [.. Rows.Select(r => r.Where((_, i) => i != at).ToArray())] };
    }

    public TableSpec Plus(params string[][] rows) => this with { Rows = [.. Rows, .. rows] };
}
