using SmartReview.Rules.Settlements;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Folding;

/// <summary>
/// Merges the partitions' folded files (each in discharge order) into one stream in discharge order, so a scorer
/// that keeps a sliding window of stays sees the year as a JSON Lines export would give it: the binary records as
/// they are, or each written as a JSON line. Memory: one read buffer per partition and a discharge key per settlement
/// (8 bytes).
/// </summary>
internal static class DischargeMerge
{
    private const int FlushAt = 1 << 20;

    public static async Task Run(IReadOnlyList<PartitionOutcome> parts, Stream output, FoldRecords records, CancellationToken cancel)
    {
        var readers = new RecordReader[parts.Count];
        var next = new int[parts.Count];
        var queue = new PriorityQueue<int, (long Discharge, int Partition)>();
        var buffer = new MemoryStream(FlushAt + (FlushAt >> 2));
        BinarySettlementReader? decoder = records == FoldRecords.JsonLines ? new BinarySettlementReader(recycle: true) : null;
        using var json = new SettlementWriter(buffer);
        try
        {
            for (int p = 0; p < parts.Count; p++)
            {
                readers[p] = new RecordReader(parts[p].Output);
                if (parts[p].Discharges.Count > 0)
                {
                    queue.Enqueue(p, (parts[p].Discharges[0], p));
                }
            }

            while (queue.TryDequeue(out int p, out _))
            {
                ReadOnlySpan<byte> record = readers[p].Next();
                if (decoder is null)
                {
                    buffer.Write(record);
                }
                else
                {
                    json.Write(decoder.Parse(record[4..]).Settlement!);
                }

                if (++next[p] < parts[p].Discharges.Count)
                {
                    queue.Enqueue(p, (parts[p].Discharges[next[p]], p));
                }

                if (buffer.Length >= FlushAt)
                {
                    await Drain(buffer, json, output, cancel).ConfigureAwait(false);
                }
            }

            await Drain(buffer, json, output, cancel).ConfigureAwait(false);
        }
        finally
        {
            foreach (RecordReader? reader in readers)
            {
                reader?.Dispose();
            }
        }
    }

    private static async Task Drain(MemoryStream buffer, SettlementWriter json, Stream output, CancellationToken cancel)
    {
        json.Flush();
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancel).ConfigureAwait(false);
        buffer.SetLength(0);
    }
}
