using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SmartReview.Application.Reports;

namespace SmartReview.Host.Reports;

/// <summary>
/// Writes an <see cref="ExportSheet"/> as a one-sheet xlsx: the sheet's rows go through <see cref="OpenXmlWriter"/>
/// (SAX) straight into its zip entry as they come, and on to the client through a <see cref="DrainedStream"/>, so the
/// download starts with the first rows and memory stays flat however many rows there are. The package is
/// written with <see cref="ZipArchive"/> in create mode, not <c>SpreadsheetDocument</c>: the SDK's package keeps every
/// part in memory until it is saved (about 100 MB for 100,000 rows of 13 cells), and refuses a write-only package.
/// The five small parts are the minimal SpreadsheetML package. Headers and labelled cells come from
/// <see cref="ExportTexts"/>; money is numeric with 2 decimals, times are dates shown yyyy-mm-dd hh:mm:ss (China time,
/// as the sheet hands them over); texts are inline strings (no shared-string table to hold in memory).
/// </summary>
internal static class XlsxWriter
{
    private const uint MoneyStyle = 1;
    private const uint TimeStyle = 2;
    private const uint HeaderStyle = 3;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private const string RelationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string OfficeDocument = RelationshipBase + "officeDocument";
    private const string ContentTypes = Declaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        + "</Types>";

    /// <summary>How many rows, the header included, the column widths are fitted to before any row is written.</summary>
    public const int FitRows = 200;

    public static async Task WriteAsync(ExportSheet sheet, DrainedStream output, CancellationToken cancel)
    {
        string sheetName = SheetName(sheet.Name);
        uint lastRow;
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", ContentTypes);
            Part(zip, "_rels/.rels", Relationships(("rId1", OfficeDocument, "xl/workbook.xml")));
            Part(zip, "xl/_rels/workbook.xml.rels",
                Relationships(("rId1", RelationshipBase + "worksheet", "worksheets/sheet1.xml"), ("rId2", RelationshipBase + "styles", "styles.xml")));
            Part(zip, "xl/styles.xml", Declaration + Styles().OuterXml);
            await using (Stream part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open())
            {
                lastRow = await WriteSheetAsync(sheet, part, output, cancel).ConfigureAwait(false);
            }

            // Last, once the filter's range is known: the workbook names it, as spreadsheet programs do.
            Part(zip, "xl/workbook.xml", Declaration + new Workbook(
                new Sheets(new Sheet { Id = "rId1", SheetId = 1, Name = sheetName }),
                new DefinedNames(new DefinedName($"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${ColumnName(sheet.ColumnKeys.Count - 1)}${lastRow}")
                {
                    Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true,
                })).OuterXml);
        }

        await output.DrainAsync(0, cancel).ConfigureAwait(false);
    }

    /// <summary>
    /// The sheet: frozen header, columns fitted to the first <see cref="FitRows"/> rows, every row as it comes (drained
    /// to the client after each once enough has collected), the total row if any, and an autofilter over header and
    /// rows (not the total). Returns the last row the filter covers.
    /// </summary>
    private static async Task<uint> WriteSheetAsync(ExportSheet sheet, Stream part, DrainedStream output, CancellationToken cancel)
    {
        object?[] header = [.. sheet.ColumnKeys.Select(k => (object?)new TextKey("Column_" + k))];
        var first = new List<object?[]> { header };
        await using IAsyncEnumerator<object?[]> rows = sheet.Rows.GetAsyncEnumerator(cancel);
        bool more = true;
        while (first.Count < FitRows && (more = await rows.MoveNextAsync().ConfigureAwait(false)))
        {
            first.Add(rows.Current);
        }

        using OpenXmlWriter writer = OpenXmlWriter.Create(part, Utf8);
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        }) { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(ColumnWidths.Fit(first, sheet.ColumnKeys.Count)
            .Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        IReadOnlyList<int> totalled = sheet.TotalColumns ?? [];
        decimal[] totals = new decimal[totalled.Count];
        uint row = 0;
        async ValueTask Write(object?[] cells, uint? style)
        {
            WriteRow(writer, ++row, cells, style);
            for (int i = 0; style is null && i < totalled.Count; i++)
            {
                totals[i] += cells[totalled[i]] is decimal d ? d : 0m;
            }

            await output.DrainAsync(DrainedStream.Threshold, cancel).ConfigureAwait(false);
        }

        await Write(header, HeaderStyle).ConfigureAwait(false);
        foreach (object?[] cells in first.Skip(1))
        {
            await Write(cells, null).ConfigureAwait(false);
        }

        while (more && (more = await rows.MoveNextAsync().ConfigureAwait(false)))
        {
            await Write(rows.Current, null).ConfigureAwait(false);
        }

        uint filtered = row;
        if (totalled.Count > 0)
        {
            var cells = new object?[sheet.ColumnKeys.Count];
            cells[0] = new TextKey(ExportSheet.TotalKey);
            for (int i = 0; i < totalled.Count; i++)
            {
                cells[totalled[i]] = totals[i];
            }

            WriteRow(writer, ++row, cells, null);
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(sheet.ColumnKeys.Count - 1)}{filtered}" });
        writer.WriteEndElement();
        return filtered;
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using Stream stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Utf8.GetBytes(xml));
    }

    private static string Relationships(params (string Id, string Type, string Target)[] relationships) =>
        Declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{r.Type}\" Target=\"{r.Target}\"/>"))
        + "</Relationships>";

    private static void WriteRow(OpenXmlWriter writer, uint row, object?[] cells, uint? style)
    {
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", row.ToString(CultureInfo.InvariantCulture))]);
        for (int i = 0; i < cells.Length; i++)
        {
            if (Cell(cells[i], $"{ColumnName(i)}{row}") is { } cell)
            {
                if (style is { } s)
                {
                    cell.StyleIndex = s;
                }

                writer.WriteElement(cell);
            }
        }

        writer.WriteEndElement();
    }

    private static Cell? Cell(object? value, string reference) => value switch
    {
        null => null,
        string s => Text(s, reference),
        TextKey k => Text(ExportTexts.Get(k.Key), reference),
        decimal d => new Cell { CellReference = reference, CellValue = new CellValue(d), DataType = CellValues.Number, StyleIndex = MoneyStyle },
        int n => new Cell { CellReference = reference, CellValue = new CellValue(n), DataType = CellValues.Number },
        long n => new Cell { CellReference = reference, CellValue = new CellValue((decimal)n), DataType = CellValues.Number },
        DateTime t => new Cell
        {
            CellReference = reference, CellValue = new CellValue(t.ToOADate()), DataType = CellValues.Number, StyleIndex = TimeStyle,
        },
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", reference),
    };

    private static Cell Text(string text, string reference) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString };

    /// <summary>A1-style column letters for a 0-based index.</summary>
    internal static string ColumnName(int index)
    {
        string name = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The sheet's tab name from the texts ("Sheet_flags"), cut to Excel's 31 characters.</summary>
    private static string SheetName(string name)
    {
        string text = ExportTexts.Get("Sheet_" + name);
        return text.Length <= 31 ? text : text[..31];
    }

    /// <summary>Cell formats: 0 general, 1 money (built-in "0.00"), 2 time (yyyy-mm-dd hh:mm:ss), 3 bold header.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm:ss" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true }) { Count = 4 });
}
