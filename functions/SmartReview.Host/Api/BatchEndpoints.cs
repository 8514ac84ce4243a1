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
/// date); <c>GET /api/batches</c> lists the batches and <c>GET /api/batches/{id}</c> returns one, with its chunks done. Supervisors and administrators only.
/// </summary>
internal static class BatchEndpoints
{
    public static IEndpointRouteBuilder MapBatches(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder batches = app.MapGroup("/api/batches").RequireAuthorization(Policies.Oversight);
        batches.MapPost("/", UploadAsync).WithMetadata(new DisableRequestSizeLimitAttribute());
        batches.MapGet("/", ListAsync);
        batches.MapGet("/{id}", GetAsync);
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, string? asOf, string? basis, TimeProvider clock, IBatchFiles files,
        IWorkQueue<IngestMessage> ingest, CancellationToken cancel)
    {
        if (!BasisQuery.TryRead(basis, asOf, clock, out ScreeningBasis chosen, out string? bad))
        {
            return Problems.BadParameter(bad!);
        }

        var upload = new Upload(chosen, files, ingest);
        if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            return await AcceptAsync(request.Body, request.Query["name"].ToString(), upload, cancel);
        }

        if ((await request.ReadFormAsync(cancel)).Files is not [IFormFile file, ..])
        {
            return Results.BadRequest("no file in the form");
        }

        await using Stream content = file.OpenReadStream();
        return await AcceptAsync(content, file.FileName, upload, cancel);
    }

    private static async Task<IResult> AcceptAsync(Stream content, string name, Upload to, CancellationToken cancel)
    {
        string upload = UploadNames.New(name);
        await to.Files.SaveUploadAsync(upload, content, cancel);
        await to.Ingest.SendAsync(new IngestMessage(upload, to.Basis.ToString()), cancel);
        return Results.Accepted(value: new UploadAccepted(upload, to.Basis.ToString()));
    }

    private sealed record Upload(ScreeningBasis Basis, IBatchFiles Files, IWorkQueue<IngestMessage> Ingest);

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
