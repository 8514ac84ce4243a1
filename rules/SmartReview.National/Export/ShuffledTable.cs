using System.Text;

namespace SmartReview.National.Export;

/// <summary>
/// One table being written with its rows in random order, in bounded memory: rows are dealt at random into bucket
/// files; then each bucket is read back, shuffled in memory and appended after the header. Memory is one bucket.
/// </summary>
internal sealed class ShuffledTable : IDisposable
{
    private readonly string _path;
    private readonly string[] _header;
    private readonly ExportOptions _options;
    private readonly Random _random;
    private readonly string[] _bucketPaths;
    private readonly BinaryWriter[] _buckets;
    private readonly StringBuilder _row = new();

    public ShuffledTable(string path, string[] header, ExportOptions options, int seed)
    {
        _path = path;
        _header = header;
        _options = options;
        _random = new Random(seed);
        _bucketPaths = [.. Enumerable.Range(0, Math.Max(1, options.Buckets)).Select(i => $"{path}.{i}.part")];
        _buckets = [.. _bucketPaths.Select(p => new BinaryWriter(new FileStream(p, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16)))];
    }

    public string Path => _path;

    public long Rows { get; private set; }

    public void Add(params string[] fields)
    {
        _row.Clear();
        Csv.Row(_row, fields);
        _buckets[_random.Next(_buckets.Length)].Write(_row.ToString());
        Rows++;
    }

    /// <summary>Writes the file: byte-order mark if asked, header, then each bucket's rows shuffled.</summary>
    public void Finish()
    {
        foreach (BinaryWriter bucket in _buckets)
        {
            bucket.Dispose();
        }

        using (var output = new FileStream(_path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            if (_options.ByteOrderMark && _options.Encoding is UTF8Encoding)
            {
                output.Write([0xEF, 0xBB, 0xBF]);
            }

            using var text = new StreamWriter(output, _options.Encoding is UTF8Encoding ? new UTF8Encoding(false) : _options.Encoding, 1 << 16);
            var header = new StringBuilder();
            Csv.Row(header, _header);
            text.Write(header);
            foreach (string part in _bucketPaths)
            {
                foreach (string row in Shuffled(part))
                {
                    text.Write(row);
                }
            }
        }

        Dispose();
    }

    public void Dispose()
    {
        foreach (BinaryWriter bucket in _buckets)
        {
            bucket.Dispose();
        }

        foreach (string part in _bucketPaths.Where(File.Exists))
        {
            File.Delete(part);
        }
    }

    private string[] Shuffled(string part)
    {
        var rows = new List<string>();
        using (var r = new BinaryReader(new FileStream(part, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16)))
        {
            while (r.BaseStream.Position < r.BaseStream.Length)
            {
                rows.Add(r.ReadString());
            }
        }

        string[] shuffled = [.. rows];
        _random.Shuffle(shuffled);
        return shuffled;
    }
}
