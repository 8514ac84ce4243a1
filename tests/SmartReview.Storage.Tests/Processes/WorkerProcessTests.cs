using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using SmartReview.Application.Ingest;
using SmartReview.Storage.Batches;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Processes;

/// <summary>
/// The host as real processes on one storage prefix: killed in the middle of a batch, or two at once. Chunks are small
/// (16 buckets, 100 lines a part: about 70 chunks for 6,000 settlements) so a batch takes several seconds.
/// </summary>
public sealed class WorkerProcessTests(AzuriteFixture azurite)
{
    private const int Settlements = 6000;
    private const int Buckets = 16;
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Finish = TimeSpan.FromMinutes(3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Kill_WorkerMidBatch_RestartFinishesWithNothingLostOrDoubled()
    {
        // Arrange: the upload and its ingest message are queued before any worker runs.
        StorageOptions storage = azurite.NewOptions();
        var account = new StorageAccount(storage);
        await account.EnsureCreatedAsync(Ct);
        var batches = new TableBatchStore(account);
        byte[] file = TestBatches.Generate(Settlements, seed: 21, malformedRate: 0.01);
        var (flags, rejects) = await TestBatches.ScoreInProcessAsync(file);
        await account.Uploads.GetBlobClient("kill.jsonl").UploadAsync(BinaryData.FromBytes(file), Ct);
        await account.IngestQueue.SendAsync(new IngestMessage("kill.jsonl"), Ct);
        var clock = Stopwatch.StartNew();

        // Act: A scores part of the batch and is killed; B finishes it (A's messages in flight come back after 10 s).
        string batchId;
        await using (WorkerProcess a = WorkerProcess.Start("A", storage, Settings(visibilitySeconds: 10)))
        {
            batchId = await BatchOfAsync(account, "kill.jsonl", a);
            IReadOnlyList<ChunkRecord> seen = await Poll.UntilAsync(async () =>
            {
                IReadOnlyList<ChunkRecord> chunks = await batches.ChunksAsync(batchId, Ct);
                int done = chunks.Count(c => c.Status == ChunkStatus.Done);
                return done >= Math.Max(1, chunks.Count / 4) || done == chunks.Count ? chunks : null;
            }, Startup, () => "a quarter of the chunks done by A\n" + a.Tail(), TimeSpan.FromMilliseconds(50));
            a.Kill();
            Assert.True(seen.Any(c => c.Status != ChunkStatus.Done), "A finished the whole batch before it was killed; make the batch bigger");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"A killed after {clock.Elapsed.TotalSeconds:F1} s");
        BatchRecord killed = (await batches.GetAsync(batchId, Ct))!;
        Assert.Equal(BatchStatus.Scoring, killed.Status);
        Assert.Contains(await batches.ChunksAsync(batchId, Ct), c => c.Status == ChunkStatus.Pending);

        await using WorkerProcess b = WorkerProcess.Start("B", storage, Settings(visibilitySeconds: 10));
        BatchRecord done = await CompletedAsync(batches, batchId, b);
        TestContext.Current.TestOutputHelper?.WriteLine($"batch completed after {clock.Elapsed.TotalSeconds:F1} s");

        // Assert
        Assert.NotEmpty(b.ChunksDone(batchId));
        await ExactOutcome.AssertAsync(account, done, Settlements, Buckets, flags, rejects);
    }

    [Fact]
    public async Task TwoWorkers_SameBatch_ShareChunksWithNothingDoubled()
    {
        // Arrange: both workers up and idle; the batch arrives through A's HTTP API.
        StorageOptions storage = azurite.NewOptions();
        var account = new StorageAccount(storage);
        var batches = new TableBatchStore(account);
        byte[] file = TestBatches.Generate(Settlements, seed: 22, malformedRate: 0.01);
        var (flags, rejects) = await TestBatches.ScoreInProcessAsync(file);
        await using WorkerProcess a = WorkerProcess.Start("A", storage, Settings(visibilitySeconds: 60));
        await using WorkerProcess b = WorkerProcess.Start("B", storage, Settings(visibilitySeconds: 60));
        using var http = new HttpClient { BaseAddress = await a.ListeningAsync(Startup) };
        await b.ListeningAsync(Startup);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/health", UriKind.Relative), Ct)).StatusCode);
        HttpResponseMessage login = await http.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { user = "sup-1", password = "smartreview-demo" }, Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var clock = Stopwatch.StartNew();

        // Act
        HttpResponseMessage posted = await http.PostAsync(new Uri("/api/batches?name=shared.jsonl", UriKind.Relative), new ByteArrayContent(file), Ct);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        string upload = (await posted.Content.ReadFromJsonAsync<Accepted>(Ct))!.Upload;
        string batchId = await BatchOfAsync(account, upload, a);
        await CompletedAsync(batches, batchId, a);
        TestContext.Current.TestOutputHelper?.WriteLine($"batch completed after {clock.Elapsed.TotalSeconds:F1} s");

        // Assert: both scored chunks, together all of them; the API shows the finished batch.
        IReadOnlyList<ChunkRecord> chunks = await batches.ChunksAsync(batchId, Ct);
        Assert.NotEmpty(a.ChunksDone(batchId));
        Assert.NotEmpty(b.ChunksDone(batchId));
        Assert.Equal(chunks.Select(c => c.ChunkId).Order(), a.ChunksDone(batchId).Union(b.ChunksDone(batchId)).Order());
        BatchView? view = await http.GetFromJsonAsync<BatchView>(new Uri($"/api/batches/{batchId}", UriKind.Relative), Ct);
        Assert.Equal("Completed", view!.Status);
        await ExactOutcome.AssertAsync(account, (await batches.GetAsync(batchId, Ct))!, Settlements, Buckets, flags, rejects);
    }

    private static Dictionary<string, string> Settings(int visibilitySeconds) => new()
    {
        ["Ingest__Buckets"] = Buckets.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ingest__PartLines"] = "100",
        ["Workers__ChunkConcurrency"] = "4",
        ["Workers__VisibilitySeconds"] = visibilitySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The id of the batch made from <paramref name="upload"/>, once the ingest has created it.</summary>
    private static async Task<string> BatchOfAsync(StorageAccount account, string upload, WorkerProcess worker)
    {
        TableEntity row = await Poll.UntilAsync(async () => (await TableScan.RowsAsync(account.Batches, "batch")).FirstOrDefault(r => r.GetString("Source") == upload),
            Startup, () => $"batch of {upload}\n" + worker.Tail(), TimeSpan.FromMilliseconds(50));
        return row.PartitionKey;
    }

    private static Task<BatchRecord> CompletedAsync(TableBatchStore batches, string batchId, WorkerProcess worker) =>
        Poll.UntilAsync(async () => await batches.GetAsync(batchId, Ct) is { Status: not BatchStatus.Scoring } b ? b : null,
            Finish, () => $"batch {batchId} finished\n" + worker.Tail(), TimeSpan.FromMilliseconds(250));

    private sealed record Accepted(string Upload);

    private sealed record BatchView(string BatchId, string Status);
}
