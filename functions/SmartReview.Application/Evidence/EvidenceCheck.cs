using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Application.Evidence;

/// <summary>
/// Before an appeal, a contest or a reviewer's attachment is decided: every evidence reference must name a file uploaded under that same case
/// (so another case's or facility's files cannot be referenced). The references are replaced by what was stored
/// (name, type, size as saved), so a client cannot relabel a file.
/// </summary>
public static class EvidenceCheck
{
    /// <summary>The command with its evidence as stored, or the rejection naming the first reference that is not this case's.</summary>
    public static async Task<(CaseCommand Command, Rejection? Rejected)> CheckAsync(CaseKey key, CaseCommand command, IEvidenceFiles? files,
        CancellationToken cancel)
    {
        IReadOnlyList<EvidenceRef>? given = command switch
        {
            FileAppeal a => a.Evidence,
            ContestDecision c => c.Evidence,
            AttachEvidence a => a.Evidence,
            _ => null,
        };
        if (given is null or { Count: 0 })
        {
            return (command, null);
        }

        var stored = new List<EvidenceRef>(given.Count);
        for (int i = 0; i < given.Count; i++)
        {
            EvidenceRef? found = files is not null && given[i] is { } e && EvidenceNames.IsOf(key, e.BlobName)
                ? await files.FindAsync(key, e.BlobName, cancel).ConfigureAwait(false)
                : null;
            if (found is null)
            {
                return (command, NotOfCase(i + 1, given[i]?.BlobName));
            }

            stored.Add(found);
        }

        return command switch
        {
            FileAppeal a => (a with { Evidence = stored }, null),
            ContestDecision c => (c with { Evidence = stored }, null),
            AttachEvidence a => (a with { Evidence = stored }, null),
            _ => (command, null),
        };
    }

    private static Rejection NotOfCase(int n, string? blobName) => new(RejectionCode.InvalidEvidence,
        $"第 {n} 项证据（{blobName}）不是本案上传的文件",
        $"evidence {n} ({blobName}) is not a file uploaded to this case");
}
