using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SmartReview.Host.Tests.Reports;

/// <summary>
/// An xlsx read back with DocumentFormat.OpenXml: the first sheet's name and its rows as texts (numbers as written),
/// its column widths (null when not set), its autofilter's range, the workbook's filter name and the frozen rows.
/// </summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    public IReadOnlyList<double?> Widths { get; init; } = [];

    public string? AutoFilter { get; init; }

    public string? FilterName { get; init; }

    public double? FrozenRows { get; init; }

    public static XlsxSheet Read(byte[] file)
    {
        using var stream = new MemoryStream(file);
        using SpreadsheetDocument document = SpreadsheetDocument.Open(stream, false);
        WorkbookPart workbook = document.WorkbookPart!;
        Sheet sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        List<IReadOnlyList<string?>> rows = [];
        foreach (Row row in part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
        {
            var cells = new List<string?>();
            foreach (Cell cell in row.Elements<Cell>())
            {
                int column = Column(cell.CellReference!);
                while (cells.Count < column)
                {
                    cells.Add(null);
                }

                cells.Add(cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.Text!.Text : cell.CellValue?.Text);
            }

            rows.Add(cells);
        }

        Worksheet ws = part.Worksheet;
        return new XlsxSheet(sheet.Name!, rows)
        {
            Widths = [.. Enumerable.Range(1, rows[0].Count).Select(i =>
                ws.GetFirstChild<Columns>()?.Elements<Column>().FirstOrDefault(c => c.Min! <= i && c.Max! >= i && c.CustomWidth?.Value == true)?.Width?.Value)],
            AutoFilter = ws.GetFirstChild<AutoFilter>()?.Reference?.Value,
            FilterName = workbook.Workbook.DefinedNames?.Elements<DefinedName>().SingleOrDefault(d => d.Name == "_xlnm._FilterDatabase")?.Text,
            FrozenRows = ws.SheetViews?.Elements<SheetView>().Single().Pane is { State.Value: var state } pane && state == PaneStateValues.Frozen
                ? pane.VerticalSplit?.Value
                : null,
        };
    }

    /// <summary>The rows under the header.</summary>
    public IEnumerable<IReadOnlyList<string?>> Body => Rows.Skip(1);

    public static decimal Number(string? text) => decimal.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int Column(string reference)
    {
        int n = 0;
        foreach (char c in reference.TakeWhile(char.IsLetter))
        {
            n = (n * 26) + (c - 'A' + 1);
        }

        return n - 1;
    }
}
