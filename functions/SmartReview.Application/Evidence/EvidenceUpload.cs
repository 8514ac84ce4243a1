using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Application.Evidence;

/// <summary>
/// Stores one evidence file for a case: the facility user of the case's own facility while the case is in its appeal
/// window, or a reviewer while the case is open (to attach with <see cref="AttachEvidence"/>); at most <see cref="EvidenceSettings.MaxBytes"/>, of an accepted type whose leading bytes match.
/// Expected failures are results whose message names the field and the file, never exceptions.
/// </summary>
public sealed class EvidenceUpload(ICaseStore cases, IEvidenceFiles files, EvidenceSettings settings)
{
    /// <summary>
    /// Checks and saves <paramref name="content"/>; <paramref name="declaredType"/> is the type the client sent (parameters
    /// such as "; charset" are ignored) and <paramref name="declaredLength"/> its length if known (the content is counted anyway).
    /// </summary>
    public async Task<EvidenceUploadResult> HandleAsync(CaseKey key, Actor by, string? fileName, string? declaredType, long? declaredLength,
        Stream content, CancellationToken cancel)
    {
        if (!CaseAccess.MaySee(by, key))
        {
            return EvidenceUploadResult.NotFound;
        }

        if (await cases.GetAsync(key, cancel).ConfigureAwait(false) is not { } stored)
        {
            return EvidenceUploadResult.NotFound;
        }

        string name = DisplayName(fileName);
        if (by.Role is not (Role.Facility or Role.Reviewer))
        {
            return Refused(EvidenceUploadStatus.NotAllowed, "file", $"file '{name}': only the facility of the case or a reviewer may upload evidence");
        }

        if (by.Role == Role.Facility ? stored.Case.Stage != Stage.Appeal : stored.Case.Stage == Stage.Closed)
        {
            return Refused(EvidenceUploadStatus.NotAllowed, "stage", by.Role == Role.Facility
                ? $"file '{name}': evidence is uploaded while the case is in Appeal; it is in {stored.Case.Stage}"
                : $"file '{name}': a reviewer uploads evidence while the case is open; it is closed");
        }

        string type = MediaType(declaredType);
        if (!settings.AllowedTypes.Contains(type, StringComparer.Ordinal) || !FileSignatures.Known(type))
        {
            return Refused(EvidenceUploadStatus.WrongType, "contentType",
                $"file '{name}': type {(type.Length == 0 ? "(none)" : type)} is not allowed ({string.Join(", ", settings.AllowedTypes.Select(FileSignatures.Short))})");
        }

        await using MemoryStream? data = declaredLength > settings.MaxBytes
            ? null : await ReadAtMostAsync(content, settings.MaxBytes, cancel).ConfigureAwait(false);
        if (data is null)
        {
            return Refused(EvidenceUploadStatus.TooLarge, "file", $"file '{name}': larger than the {settings.MaxBytes:N0} bytes allowed");
        }

        if (!FileSignatures.Matches(type, data.GetBuffer().AsSpan(0, (int)data.Length)))
        {
            return Refused(EvidenceUploadStatus.WrongType, "content", $"file '{name}': the content is not {FileSignatures.Short(type)} as its type {type} says");
        }

        EvidenceRef saved = await files.SaveAsync(key, name, type, data, cancel).ConfigureAwait(false);
        return new EvidenceUploadResult(EvidenceUploadStatus.Saved, saved, null, null);
    }

    /// <summary>The name kept for display: no folders, no control characters, at most <see cref="EvidenceSettings.MaxFileName"/> characters.</summary>
    public static string DisplayName(string? fileName)
    {
        string name = (fileName ?? "").Replace('\\', '/');
        name = new string([.. name[(name.LastIndexOf('/') + 1)..].Where(c => !char.IsControl(c))]).Trim();
        name = name.Length > EvidenceSettings.MaxFileName ? name[..EvidenceSettings.MaxFileName] : name;
        return name.Length == 0 ? "evidence" : name;
    }

    private static EvidenceUploadResult Refused(EvidenceUploadStatus status, string field, string message) =>
        EvidenceUploadResult.Refused(status, field, message);

    private static string MediaType(string? declared) =>
        (declared?.Split(';', 2)[0] ?? "").Trim().ToLowerInvariant();

    /// <summary>The content in memory, or null if it holds more than <paramref name="max"/> bytes.</summary>
    private static async Task<MemoryStream?> ReadAtMostAsync(Stream content, long max, CancellationToken cancel)
    {
        var data = new MemoryStream();
        byte[] buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
        {
            if (data.Length + read > max)
            {
                await data.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            data.Write(buffer, 0, read);
        }

        data.Position = 0;
        return data;
    }
}
