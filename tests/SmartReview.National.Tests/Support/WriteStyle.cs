using System.Text;

namespace SmartReview.National.Tests.Support;

/// <summary>How a test writes an extract: encoding, BOM, line end, header case, column order, extra columns, file names.</summary>
internal sealed record WriteStyle
{
    static WriteStyle() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public Encoding Encoding { get; init; } = new UTF8Encoding(false);
    public bool Bom { get; init; }
    public string NewLine { get; init; } = "\r\n";
    public bool UpperCaseHeader { get; init; }
    public bool ReverseColumns { get; init; }
    public bool ExtraColumns { get; init; }
    public bool NeutralNames { get; init; }

    public static Encoding Gbk => Encoding.GetEncoding("GBK");

    public string Rename(string name) => NeutralNames ? "export_" + Math.Abs(name.GetHashCode(StringComparison.Ordinal) % 1000) + "_" + name.Length + ".csv" : name;

    public byte[] Bytes(TableSpec table)
    {
        List<int> order = [.. Enumerable.Range(0, table.Header.Length)];
        if (ReverseColumns)
        {
            order.Reverse();
        }

        var text = new StringBuilder();
        IEnumerable<string> header = order.Select(i => UpperCaseHeader ? table.Header[i].ToUpperInvariant() : table.Header[i]);
        Line(text, ExtraColumns ? ["memo", .. header, "vali_flag"] : header);
        foreach (string[] row in table.Rows)
        {
            IEnumerable<string> fields = order.Select(i => row[i]);
            Line(text, ExtraColumns ? ["备注,含逗号", .. fields, "1"] : fields);
        }

        byte[] body = Encoding.GetBytes(text.ToString());
        return Bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    private void Line(StringBuilder into, IEnumerable<string> fields)
    {
        into.Append(string.Join(",", fields.Select(f => f.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f)));
        into.Append(NewLine);
    }
}
