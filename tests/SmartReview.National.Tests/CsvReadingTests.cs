using System.Text;
using SmartReview.National.Reading;
using SmartReview.National.Reading.Csv;

namespace SmartReview.National.Tests;

public sealed class CsvReadingTests
{
    // Quoted commas, doubled quotes and a line break inside quotes; CRLF and LF; a quote inside an unquoted field is
    // text; a blank line still counts as a row; the last row has no line feed.
    private const string Text = "\uFEFFa,b,c\r\n1,\"x, y\",z\r\n2,\"say \"\"hi\"\"\",\"two\nlines\"\n3,5\"7,\r\n\r\n4,,\"\"\n5,last,end";

    private static readonly (long Row, string[] Fields)[] Expected =
    [
        (2, ["1", "x, y", "z"]), (3, ["2", "say \"hi\"", "two\nlines"]), (4, ["3", "5\"7", ""]), (5, [""]), (6, ["4", "", ""]), (7, ["5", "last", "end"]),
    ];

    [Theory]
    [InlineData(1 << 22)]
    [InlineData(64)]
    [InlineData(5)]
    public void Read_AnyBlockSize_RowsAndRowNumbersAsWritten(int blockBytes)
    {
        (IReadOnlyList<string> header, List<(long, string[])> rows) = ReadAll(Encoding.UTF8.GetBytes(Text), null, blockBytes);

        Assert.Equal(["a", "b", "c"], header);
        Assert.Equal(Expected.Length, rows.Count);
        Assert.All(Expected.Zip(rows), pair =>
        {
            Assert.Equal(pair.First.Row, pair.Second.Item1);
            Assert.Equal(pair.First.Fields, pair.Second.Item2);
        });
    }

    [Fact]
    public void Read_LongRows_SplitAtEveryComma()
    {
        // Fields of every length from 0 to 40 (some with Chinese), so commas fall everywhere in and between 32-byte runs.
        string[][] rows = [.. Enumerable.Range(0, 12).Select(r => Enumerable.Range(0, 41).Select(n => string.Concat(Enumerable.Repeat(r % 3 == 0 ? "医" : "x", (n + r) % 41))).ToArray())];
        string text = "h\n" + string.Join("\r\n", rows.Select(r => string.Join(',', r))) + "\r\n";

        (_, List<(long, string[])> read) = ReadAll(Encoding.UTF8.GetBytes(text), null, 1 << 16);

        Assert.Equal(rows, read.Select(r => r.Item2));
    }

    [Fact]
    public void Read_QuotesPastTheFirst32BytesOrInTheNextRow_FieldsAsWritten()
    {
        // A quote after the first 32 bytes of a row; a short row whose next row, in the same 32 bytes, has a quote.
        string late = string.Concat(Enumerable.Repeat("abcdefghij,", 4));
        string text = $"h\n{late}\"q,uoted\",end\r\na,b\n\"c,d\",e\n";

        (_, List<(long, string[])> read) = ReadAll(Encoding.UTF8.GetBytes(text), null, 1 << 16);

        Assert.Equal([[.. Enumerable.Repeat("abcdefghij", 4), "q,uoted", "end"], ["a", "b"], ["c,d", "e"]], read.Select(r => r.Item2));
    }

    [Fact]
    public void Read_Gb18030_FieldsAsUtf8()
    {
        byte[] gbk = TextDecoding.Gb18030.GetBytes("编码,名称\r\n001,\"床位费,单人\"\r\n002,诊查费\r\n");

        (IReadOnlyList<string> header, List<(long, string[])> rows) = ReadAll(gbk, null, 8);

        Assert.Equal(["编码", "名称"], header);
        Assert.Equal(["001", "床位费,单人"], rows[0].Item2);
        Assert.Equal(["002", "诊查费"], rows[1].Item2);
    }

    [Fact]
    public void Read_QuoteNeverClosed_Throws()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("a,b\n1,\"open\n2,3\n");

        Assert.Throws<InvalidDataException>(() => ReadAll(bytes, null, 4));
    }

    private static (IReadOnlyList<string> Header, List<(long, string[])> Rows) ReadAll(byte[] bytes, Encoding? encoding, int blockBytes)
    {
        using var reader = new CsvBlockReader(new MemoryStream(bytes), encoding, blockBytes);
        var rows = new List<(long, string[])>();
        var record = new CsvRecord();
        while (reader.Next() is { } block)
        {
            using (block)
            {
                (byte[] utf8, int length) = block.Utf8(reader.Encoding);
                int at = 0;
                for (long row = block.FirstRow; record.Read(utf8, length, ref at); row++)
                {
                    rows.Add((row, [.. Enumerable.Range(0, record.FieldCount).Select(i => Encoding.UTF8.GetString(record.Field(i)))]));
                }
            }
        }

        return (reader.Header, rows);
    }
}
