using System.Buffers.Binary;

namespace SmartReview.National.Folding;

/// <summary>Reads a folded file's length-prefixed records one by one; deletes the file when disposed.</summary>
internal sealed class RecordReader(string path) : IDisposable
{
    private readonly FileStream _file = new(path, FileMode.Open, FileAccess.Read, FileShare.None, 0, FileOptions.DeleteOnClose | FileOptions.SequentialScan);
    private byte[] _buffer = new byte[1 << 16];
    private int _start, _end;

    /// <summary>The next record with its 4-byte length, valid until the next call.</summary>
    public ReadOnlySpan<byte> Next()
    {
        Fill(4);
        int length = 4 + BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(_start));
        Fill(length);
        ReadOnlySpan<byte> record = _buffer.AsSpan(_start, length);
        _start += length;
        return record;
    }

    /// <summary>Makes at least <paramref name="count"/> unread bytes available.</summary>
    private void Fill(int count)
    {
        if (_end - _start >= count)
        {
            return;
        }

        if (count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(count, _buffer.Length * 2));
        }

        _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
        _end -= _start;
        _start = 0;
        while (_end < count)
        {
            int read = _file.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                throw new InvalidDataException($"{path}: a folded file ended inside a record");
            }

            _end += read;
        }
    }

    public void Dispose() => _file.Dispose();
}
