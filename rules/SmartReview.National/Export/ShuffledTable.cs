using System.Text;

namespace SmartReview.National.Export;

/// <summary>
/// One table being written: rows are dealt at random into bucket files, then the header and the buckets are joined
/// into the table's file. Memory stays small whatever the row count.
/// </summary>
internal sealed class ShuffledTable : IDisposable
{
    private readonly string _path;
    private readonly string[] _header;
    private readonly ExportOptions _options;
    private readonly Random _random;
    private readonly string[] _bucketPaths;
    private readonly StreamWriter[] _buckets;
    private readonly StringBuilder _row = new();

    public ShuffledTable(string path, string[] header, ExportOptions options, int seed)
    {
        _path = path;
        _header = header;
        _options = options;
        _random = new Random(seed);
        _bucketPaths = [.. Enumerable.Range(0, Math.Max(1, options.Buckets)).Select(i => $"{path}.{i}.part")];
        _buckets = [.. _bucketPaths.Select(p => new StreamWriter(p, false, WithoutPreamble(options.Encoding), 1 << 16))];
    }

    public string Path => _path;

    public long Rows { get; private set; }

    public void Add(params string[] fields)
    {
        _row.Clear();
        Csv.Row(_row, fields);
        _buckets[_random.Next(_buckets.Length)].Write(_row);
        Rows++;
    }

    /// <summary>Writes the file: byte-order mark if asked, header, then each bucket's rows.</summary>
    public void Finish()
    {
        foreach (StreamWriter bucket in _buckets)
        {
            bucket.Dispose();
        }

        using var output = new FileStream(_path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        if (_options.ByteOrderMark && _options.Encoding is UTF8Encoding)
        {
            output.Write([0xEF, 0xBB, 0xBF]);
        }

        var header = new StringBuilder();
        Csv.Row(header, _header);
        output.Write(_options.Encoding.GetBytes(header.ToString()));
        foreach (string part in _bucketPaths)
        {
            using (var input = new FileStream(part, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16))
            {
                input.CopyTo(output);
            }

            File.Delete(part);
        }
    }

    public void Dispose()
    {
        foreach (StreamWriter bucket in _buckets)
        {
            bucket.Dispose();
        }

        foreach (string part in _bucketPaths.Where(File.Exists))
        {
            File.Delete(part);
        }
    }

    private static Encoding WithoutPreamble(Encoding encoding) => encoding is UTF8Encoding ? new UTF8Encoding(false) : encoding;
}
