using SmartReview.Application.Cases;
using SmartReview.Application.Evidence;
using SmartReview.Review;

namespace SmartReview.Application.Ports;

/// <summary>
/// The evidence files facilities attach to their appeals, kept under their case. A blob name is made from the case's
/// facility and id and a new id (<see cref="EvidenceNames"/>), never from the file's own name, which is kept for
/// display only.
/// </summary>
public interface IEvidenceFiles
{
    /// <summary>Stores <paramref name="content"/> as a new file of the case and returns its reference.</summary>
    Task<EvidenceRef> SaveAsync(CaseKey key, string fileName, string contentType, Stream content, CancellationToken cancel);

    /// <summary>The file <paramref name="blobName"/> of the case with its type and name; null unless it exists under that case.</summary>
    Task<EvidenceFile?> OpenAsync(CaseKey key, string blobName, CancellationToken cancel);

    /// <summary>The stored reference of <paramref name="blobName"/> (name, type, size as saved); null unless it exists under that case.</summary>
    Task<EvidenceRef?> FindAsync(CaseKey key, string blobName, CancellationToken cancel);
}
