namespace SmartReview.Benchmarks.Support;

/// <summary>A Markdown table printed to the console, columns padded so it reads in a terminal too.</summary>
internal sealed class Table(string title, params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public Table Row(params object?[] cells)
    {
        _rows.Add([.. cells.Select(c => c?.ToString() ?? "")]);
        return this;
    }

    public void Print()
    {
        int[] widths = [.. headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max())];
        Console.WriteLine();
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine(Line(headers, widths));
        Console.WriteLine(Line([.. widths.Select(w => new string('-', w))], widths));
        foreach (string[] row in _rows)
        {
            Console.WriteLine(Line(row, widths));
        }

        Console.Out.Flush();
    }

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
}
