using SmartReview.Rules.Batches;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Folding;

/// <summary>
/// Merges the partitions' folded files (each in discharge order) into one sequence in discharge order, so a scorer
/// that keeps a sliding window of stays sees the year as a JSON Lines export would give it: handed to a scorer in the
/// same process as binary batches, or written to a stream as JSON Lines. Memory: one read buffer per partition and a
/// discharge key per settlement (8 bytes).
/// </summary>
internal static class DischargeMerge
{
    private const int FlushAt = 1 << 20;

    /// <summary>Hands the settlements, as binary records, to <paramref name="output"/> (completed by the caller).</summary>
    public static async Task Run(IReadOnlyList<PartitionOutcome> parts, RecordBatchChannel output, CancellationToken cancel)
    {
        using var merge = new Merge(parts);
        while (merge.Next(out ReadOnlySpan<byte> record))
        {
            if (output.Add(record[4..]))
            {
                await output.SendAsync(cancel).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes the settlements to <paramref name="output"/> (left open) as JSON Lines.</summary>
    public static async Task Run(IReadOnlyList<PartitionOutcome> parts, Stream output, CancellationToken cancel)
    {
        using var merge = new Merge(parts);
        var buffer = new MemoryStream(FlushAt + (FlushAt >> 2));
        var decoder = new BinarySettlementReader(recycle: true);
        using var json = new SettlementWriter(buffer);
        while (merge.Next(out ReadOnlySpan<byte> record))
        {
            json.Write(decoder.Parse(record[4..]).Settlement!);
            if (buffer.Length >= FlushAt)
            {
                await Drain(buffer, json, output, cancel).ConfigureAwait(false);
            }
        }

        await Drain(buffer, json, output, cancel).ConfigureAwait(false);
    }

    private static async Task Drain(MemoryStream buffer, SettlementWriter json, Stream output, CancellationToken cancel)
    {
        json.Flush();
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancel).ConfigureAwait(false);
        buffer.SetLength(0);
    }

    /// <summary>The folded files' records (each with its 4-byte length) in discharge order.</summary>
    private sealed class Merge : IDisposable
    {
        private readonly IReadOnlyList<PartitionOutcome> _parts;
        private readonly RecordReader[] _readers;
        private readonly int[] _next;
        private readonly PriorityQueue<int, (long Discharge, int Partition)> _queue = new();

        public Merge(IReadOnlyList<PartitionOutcome> parts)
        {
            _parts = parts;
            _readers = new RecordReader[parts.Count];
            _next = new int[parts.Count];
            for (int p = 0; p < parts.Count; p++)
            {
                _readers[p] = new RecordReader(parts[p].Output);
                if (parts[p].Discharges.Count > 0)
                {
                    _queue.Enqueue(p, (parts[p].Discharges[0], p));
                }
            }
        }

        /// <summary>The next record, valid until the next call; false after the last.</summary>
        public bool Next(out ReadOnlySpan<byte> record)
        {
            if (!_queue.TryDequeue(out int p, out _))
            {
                record = default;
                return false;
            }

            record = _readers[p].Next();
            if (++_next[p] < _parts[p].Discharges.Count)
            {
                _queue.Enqueue(p, (_parts[p].Discharges[_next[p]], p));
            }

            return true;
        }

        public void Dispose()
        {
            foreach (RecordReader? reader in _readers)
            {
                reader?.Dispose();
            }
        }
    }
}
