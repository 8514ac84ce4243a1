using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using SmartReview.Application.Cases;
using SmartReview.Application.Evidence;
using SmartReview.Application.Ports;
using SmartReview.Edge;
using SmartReview.Edge.Auth;
using SmartReview.Host.Auth;
using SmartReview.Review;

namespace SmartReview.Host.Api;

/// <summary>
/// <c>POST /api/cases/{key}/evidence</c> (one file, multipart; the case's facility while it is in Appeal) and
/// <c>GET /api/cases/{key}/evidence/{blobName}</c> (whoever may see the case; always as an attachment). A facility
/// user asking under another facility's key gets 404, whatever the name.
/// </summary>
internal static class EvidenceEndpoints
{
    /// <summary>Room for the multipart framing around a file of the largest allowed size.</summary>
    private const long FormOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapEvidence(this IEndpointRouteBuilder app)
    {
        EvidenceSettings settings = app.ServiceProvider.GetRequiredService<EvidenceSettings>();
        RouteGroupBuilder evidence = app.MapGroup("/api/cases/{key}/evidence").RequireAuthorization(Policies.AnyRole);
        evidence.MapPost("/", UploadAsync).WithMetadata(new RequestSizeLimitAttribute(settings.MaxBytes + FormOverhead));
        evidence.MapGet("/{**blobName}", DownloadAsync);
        return app;
    }

    private static async Task<IResult> UploadAsync(string key, HttpRequest request, ClaimsPrincipal user, SignedIn signedIn, EvidenceUpload upload,
        CancellationToken cancel)
    {
        Actor? actor = signedIn.Actor(user);
        if (!CaseAccess.TryOpen(key, actor, out CaseKey k))
        {
            return Problems.NotFound();
        }

        if (!request.HasFormContentType)
        {
            return Problems.BadRequest("file: a multipart form with one file is expected");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancel);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge, "file", "file: the upload is larger than allowed");
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // The request size limit (above) is far below the form reader's own limits, so what the reader throws is a
            // body it cannot read: no closing boundary, broken part headers, a body cut short.
            return Refused(StatusCodes.Status400BadRequest, "file", "file: the multipart body could not be read: it is cut short or malformed (e.g. without its closing boundary)");
        }

        if (form.Files is not [IFormFile file])
        {
            return Problems.BadRequest("file: exactly one file is expected");
        }

        await using Stream content = file.OpenReadStream();
        EvidenceUploadResult result = await upload.HandleAsync(k, actor!, file.FileName, file.ContentType, file.Length, content, cancel);
        return result.Status switch
        {
            EvidenceUploadStatus.Saved => Results.Created($"/api/cases/{k}/evidence/{result.Evidence!.BlobName}", result.Evidence),
            EvidenceUploadStatus.TooLarge => Refused(StatusCodes.Status413PayloadTooLarge, result.Field!, result.Error!),
            EvidenceUploadStatus.WrongType => Refused(StatusCodes.Status415UnsupportedMediaType, result.Field!, result.Error!),
            EvidenceUploadStatus.NotAllowed => Refused(StatusCodes.Status422UnprocessableEntity, result.Field!, result.Error!),
            _ => Problems.NotFound(),
        };
    }

    private static async Task<IResult> DownloadAsync(string key, string blobName, HttpResponse response, ClaimsPrincipal user, SignedIn signedIn,
        IEvidenceFiles files, CancellationToken cancel)
    {
        if (!CaseAccess.TryOpen(key, signedIn.Actor(user), out CaseKey k) || await files.OpenAsync(k, blobName, cancel) is not { } file)
        {
            return Problems.NotFound();
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    private static IResult Refused(int status, string field, string message) => Results.Problem(statusCode: status,
        title: status switch { 400 => "Malformed upload", 413 => "File too large", 415 => "File type not allowed", _ => "Upload not allowed" },
        detail: message, extensions: new Dictionary<string, object?> { ["field"] = field });
}
