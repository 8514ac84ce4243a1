using Microsoft.AspNetCore.Mvc;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Application.Screening;
using SmartReview.Edge;
using SmartReview.Host.Auth;
using SmartReview.Rules.Engine;

namespace SmartReview.Host.Api;

/// <summary>
/// <c>POST /api/batches</c> stores an upload (multipart file, or the raw body named by <c>?name=</c>) and queues its
/// ingest, to be scored on the basis chosen by <c>?asOf=yyyy-MM-dd</c> or <c>?basis=current</c> (default: by discharge
/// date), answering with its batch id (202; 200 when the file is a batch already; 400 when a gzip file is cut short);
/// <c>GET /api/batches</c> lists the batches and <c>GET /api/batches/{id}</c> returns one, with its chunks done;
/// <c>GET /api/batches/{id}/rejects?page=</c> pages its rejected records and <c>…/rejects.jsonl</c> downloads them all.
/// Supervisors and administrators only.
/// </summary>
internal static class BatchEndpoints
{
    public static IEndpointRouteBuilder MapBatches(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder batches = app.MapGroup("/api/batches").RequireAuthorization(Policies.Oversight);
        batches.MapPost("/", UploadAsync).WithMetadata(new DisableRequestSizeLimitAttribute());
        batches.MapGet("/", ListAsync);
        batches.MapGet("/{id}", GetAsync);
        batches.MapGet("/{id}/rejects", async (string id, string? page, int? take, BatchRejects rejects, CancellationToken cancel) =>
            await rejects.PageAsync(id, page, take ?? 100, cancel) is { } found ? Results.Ok(found) : Results.NotFound());
        batches.MapGet("/{id}/rejects.jsonl", async (string id, BatchRejects rejects, CancellationToken cancel) =>
            await rejects.DownloadAsync(id, cancel) is { } all
                ? Results.Stream(to => all.WriteAsync(to, cancel), "application/jsonl", all.FileName)
                : Results.NotFound());
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, string? asOf, string? basis, TimeProvider clock, BatchUpload upload,
        CancellationToken cancel)
    {
        if (!BasisQuery.TryRead(basis, asOf, clock, out ScreeningBasis chosen, out string? bad))
        {
            return Problems.BadParameter(bad!);
        }

        if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            return await AcceptAsync(request.Body, request.Query["name"].ToString(), chosen, upload, cancel);
        }

        if ((await request.ReadFormAsync(cancel)).Files is not [IFormFile file, ..])
        {
            return Results.BadRequest("no file in the form");
        }

        await using Stream content = file.OpenReadStream();
        return await AcceptAsync(content, file.FileName, chosen, upload, cancel);
    }

    private static async Task<IResult> AcceptAsync(Stream content, string name, ScreeningBasis basis, BatchUpload upload, CancellationToken cancel) =>
        await upload.HandleAsync(UploadNames.New(name), content, basis, cancel) switch
        {
            { Corrupt: { } why } => Problems.BadRequest(why),
            { Existing: { } status } done => Results.Ok(UploadAccepted.Of(done, basis, status.ToString())),
            var queued => Results.Accepted($"/api/batches/{queued.BatchId}", UploadAccepted.Of(queued, basis, "Queued")),
        };

    /// <summary>Every batch, newest first; chunks are read only for those still scoring.</summary>
    private static async Task<IResult> ListAsync(IBatchStore batches, CancellationToken cancel)
    {
        var views = new List<BatchView>();
        foreach (BatchRecord batch in (await batches.ListAsync(cancel)).OrderByDescending(b => b.ReceivedUtc))
        {
            views.Add(BatchView.Of(batch, batch.Status == BatchStatus.Scoring ? await batches.ChunksAsync(batch.BatchId, cancel) : null));
        }

        return Results.Ok(views);
    }

    private static async Task<IResult> GetAsync(string id, IBatchStore batches, CancellationToken cancel) =>
        await batches.GetAsync(id, cancel) is { } batch
            ? Results.Ok(BatchView.Of(batch, await batches.ChunksAsync(id, cancel)))
            : Results.NotFound();
}
