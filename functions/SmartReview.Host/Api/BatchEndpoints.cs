using Microsoft.AspNetCore.Mvc;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Host.Auth;

namespace SmartReview.Host.Api;

/// <summary>
/// <c>POST /api/batches</c> stores an upload (multipart file, or the raw body named by <c>?name=</c>) and queues its
/// ingest; <c>GET /api/batches/{id}</c> returns the batch with its chunks done. Supervisors and administrators only.
/// </summary>
internal static class BatchEndpoints
{
    public static IEndpointRouteBuilder MapBatches(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder batches = app.MapGroup("/api/batches").RequireAuthorization(Policies.Oversight);
        batches.MapPost("/", UploadAsync).WithMetadata(new DisableRequestSizeLimitAttribute());
        batches.MapGet("/{id}", GetAsync);
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, IBatchFiles files, IWorkQueue<IngestMessage> ingest, CancellationToken cancel)
    {
        if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            return await AcceptAsync(request.Body, request.Query["name"].ToString(), files, ingest, cancel);
        }

        if ((await request.ReadFormAsync(cancel)).Files is not [IFormFile file, ..])
        {
            return Results.BadRequest("no file in the form");
        }

        await using Stream content = file.OpenReadStream();
        return await AcceptAsync(content, file.FileName, files, ingest, cancel);
    }

    private static async Task<IResult> AcceptAsync(Stream content, string name, IBatchFiles files, IWorkQueue<IngestMessage> ingest, CancellationToken cancel)
    {
        string upload = UploadNames.New(name);
        await files.SaveUploadAsync(upload, content, cancel);
        await ingest.SendAsync(new IngestMessage(upload), cancel);
        return Results.Accepted(value: new UploadAccepted(upload));
    }

    private static async Task<IResult> GetAsync(string id, IBatchStore batches, CancellationToken cancel) =>
        await batches.GetAsync(id, cancel) is { } batch
            ? Results.Ok(BatchView.Of(batch, await batches.ChunksAsync(id, cancel)))
            : Results.NotFound();
}
