using SmartReview.Application.Ingest;
using SmartReview.Rules.Engine;

namespace SmartReview.Host.Api;

/// <summary>
/// The answer to an upload: the name it was stored under (the batch's <c>Source</c>), the basis, the batch id and its
/// status ("Queued" until ingest has cut it, as GET <see cref="Location"/> says meanwhile), or, for a file that is a
/// batch already, that batch's status and <see cref="AlreadyUploaded"/>.
/// </summary>
internal sealed record UploadAccepted(string Upload, string Basis, string BatchId, string Status, string Location, bool AlreadyUploaded)
{
    public static UploadAccepted Of(UploadOutcome o, ScreeningBasis basis, string status) =>
        new(o.Upload, basis.ToString(), o.BatchId!, status, $"/api/batches/{o.BatchId}", o.Existing is not null);
}
