namespace SmartReview.National.Folding;

/// <summary>
/// Merges the partitions' folded files (each in discharge order) into one stream in discharge order, so a scorer
/// that keeps a sliding window of stays sees the year as a JSON Lines export would give it. Memory: one read buffer
/// per partition and a discharge key per settlement (8 bytes).
/// </summary>
internal static class DischargeMerge
{
    public static async Task Run(IReadOnlyList<PartitionOutcome> parts, Stream output, CancellationToken cancel)
    {
        var readers = new LineReader[parts.Count];
        var next = new int[parts.Count];
        var queue = new PriorityQueue<int, (long Discharge, int Partition)>();
        try
        {
            for (int p = 0; p < parts.Count; p++)
            {
                readers[p] = new LineReader(parts[p].Output);
                if (parts[p].Discharges.Count > 0)
                {
                    queue.Enqueue(p, (parts[p].Discharges[0], p));
                }
            }

            var buffer = new MemoryStream(1 << 20);
            while (queue.TryDequeue(out int p, out _))
            {
                readers[p].CopyLine(buffer);
                if (++next[p] < parts[p].Discharges.Count)
                {
                    queue.Enqueue(p, (parts[p].Discharges[next[p]], p));
                }

                if (buffer.Length >= 1 << 20)
                {
                    await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancel).ConfigureAwait(false);
                    buffer.SetLength(0);
                }
            }

            await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancel).ConfigureAwait(false);
        }
        finally
        {
            foreach (LineReader? reader in readers)
            {
                reader?.Dispose();
            }
        }
    }
}
