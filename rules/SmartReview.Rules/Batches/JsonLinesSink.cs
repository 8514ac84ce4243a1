using System.Buffers;
using System.Text.Json;

namespace SmartReview.Rules.Batches;

/// <summary>Writes flags and rejects as JSON Lines to two streams (the command-line tool's flags and rejects files).</summary>
public sealed class JsonLinesSink(Stream flags, Stream rejects) : IBatchSink
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);

    public async ValueTask WriteAsync(BatchResult result, CancellationToken cancel)
    {
        await WriteLines(result.Flags, FlagJson.Write, flags, cancel).ConfigureAwait(false);
        await WriteLines(result.Rejects, FlagJson.Write, rejects, cancel).ConfigureAwait(false);
    }

    private async ValueTask WriteLines<T>(IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write, Stream to, CancellationToken cancel)
    {
        if (items.Count == 0)
        {
            return;
        }

        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, FlagJson.Options))
        {
            foreach (T item in items)
            {
                write(writer, item);
                writer.Flush();
                _buffer.Write("\n"u8);
                writer.Reset(_buffer);
            }
        }

        await to.WriteAsync(_buffer.WrittenMemory, cancel).ConfigureAwait(false);
    }
}
