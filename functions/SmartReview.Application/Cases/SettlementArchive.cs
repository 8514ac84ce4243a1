using System.Text;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Rules.Settlements;

namespace SmartReview.Application.Cases;

/// <summary>
/// The settlement a case was opened from, for the case page: read from the file of its chunk's flagged settlements
/// that the case row points to (<see cref="StoredCase.Source"/>), one small blob, never the chunk itself.
/// </summary>
public sealed class SettlementArchive(ICaseStore cases, IBatchFiles files)
{
    /// <summary>The settlement of the case at <paramref name="key"/>; null when there is no such case or its settlement is not kept.</summary>
    public async Task<Settlement?> GetAsync(CaseKey key, CancellationToken cancel) =>
        await cases.GetAsync(key, cancel).ConfigureAwait(false) is { } stored ? await GetAsync(stored, cancel).ConfigureAwait(false) : null;

    /// <summary>
    /// The settlement of a case already read; null when it is not kept: the case was opened before settlements were
    /// kept, or its flag names a settlement of an earlier chunk (a cross-settlement rule flagging an earlier stay).
    /// </summary>
    public async Task<Settlement?> GetAsync(StoredCase stored, CancellationToken cancel)
    {
        if (stored.Source is not { } source
            || await files.ReadAsync(source.Staging, source.File, cancel).ConfigureAwait(false) is not { } compressed)
        {
            return null;
        }

        return Find(Gzip.Decompress(compressed), stored.Case.Flag.SettlementId);
    }

    /// <summary>The settlement <paramref name="id"/> among JSON lines: lines that hold the id as a string are parsed until one is it.</summary>
    internal static Settlement? Find(ReadOnlySpan<byte> lines, string id)
    {
        byte[] quoted = Encoding.UTF8.GetBytes($"\"{id}\"");
        var parser = new SettlementParser();
        while (!lines.IsEmpty)
        {
            int end = lines.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = end < 0 ? lines : lines[..end];
            lines = end < 0 ? [] : lines[(end + 1)..];
            if (line.IndexOf(quoted) >= 0 && parser.Parse(line) is { Ok: true } parsed && parsed.Settlement.Id == id)
            {
                return parsed.Settlement;
            }
        }

        return null;
    }
}
