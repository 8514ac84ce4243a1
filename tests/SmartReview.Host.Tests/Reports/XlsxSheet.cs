using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SmartReview.Host.Tests.Reports;

/// <summary>An xlsx read back with DocumentFormat.OpenXml: the first sheet's name and its rows as texts (numbers as written).</summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
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

        return new XlsxSheet(sheet.Name!, rows);
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
