namespace SmartReview.National.Folding;

/// <summary>Reads a folded file line by line (JSON Lines have no raw line feed inside a record); deletes the file when disposed.</summary>
internal sealed class LineReader(string path) : IDisposable
{
    private readonly FileStream _file = new(path, FileMode.Open, FileAccess.Read, FileShare.None, 0, FileOptions.DeleteOnClose | FileOptions.SequentialScan);
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start, _end;

    /// <summary>Copies the next line, with its line feed, to <paramref name="into"/>.</summary>
    public void CopyLine(Stream into)
    {
        while (true)
        {
            int feed = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (feed >= 0)
            {
                into.Write(_buffer, _start, feed + 1 - _start);
                _start = feed + 1;
                return;
            }

            into.Write(_buffer, _start, _end - _start);
            _start = 0;
            _end = _file.Read(_buffer, 0, _buffer.Length);
            if (_end == 0)
            {
                throw new InvalidDataException($"{path}: a folded file ended inside a line");
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
