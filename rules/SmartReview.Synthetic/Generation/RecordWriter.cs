using System.Text;
using System.Text.Json;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Malformed;

namespace SmartReview.Synthetic.Generation;

/// <summary>Writes settlements one a line through <see cref="SettlementWriter"/>, applying byte-level corruptions; hands full buffers to a <see cref="WriteBehind"/>.</summary>
internal sealed class RecordWriter(WriteBehind output) : IDisposable
{
    private const int FlushAt = 1 << 20;
    private readonly ByteBuffer _buffer = new(FlushAt + (FlushAt >> 1));
    private Utf8JsonWriter? _json;

    public void Write(Settlement settlement, Corruption? corruption = null)
    {
        int start = _buffer.Length;
        if (_json is null)
        {
            _json = new Utf8JsonWriter(_buffer, SettlementWriter.Options);
        }
        else
        {
            _json.Reset(_buffer);
        }

        SettlementWriter.WriteRecord(_json, corruption?.Settlement ?? settlement);
        _json.Flush();
        if (corruption?.DropProperty is string property)
        {
            Drop(start, property);
        }
        else if (corruption?.Truncate == true)
        {
            Cut(start, corruption.Settlement.Id.Length);
        }

        _buffer.Append((byte)'\n');
        if (_buffer.Length >= FlushAt)
        {
            Drain();
        }
    }

    /// <summary>Hands over what is buffered.</summary>
    public void Drain()
    {
        output.Write(_buffer.Written);
        _buffer.Clear();
    }

    public void Dispose() => _json?.Dispose();

    /// <summary>Removes the first <c>,"property":"…"</c> of the record (a top-level string property).</summary>
    private void Drop(int start, string property)
    {
        ReadOnlySpan<byte> record = _buffer.Written[start..];
        byte[] key = Encoding.UTF8.GetBytes($",\"{property}\":\"");
        int at = record.IndexOf(key);
        int end = record[(at + key.Length)..].IndexOf((byte)'"') + at + key.Length + 1;
        _buffer.Remove(start + at, end - at);
    }

    /// <summary>Cuts the record short at an ASCII byte somewhere past its id, so it is no longer valid JSON.</summary>
    private void Cut(int start, int idLength)
    {
        int length = _buffer.Length - start;
        int at = start + 20 + idLength + (int)((length - 21 - idLength) * 0.6);
        while (at > start + 1 && _buffer.Written[at] >= 0x80)
        {
            at--;
        }

        _buffer.Truncate(at);
    }
}
