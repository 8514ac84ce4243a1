using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using SmartReview.Application.Ingest;
using SmartReview.Rules.Engine;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Ingest;

public sealed class IngestTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_BatchWithRejects_OpensOneCasePerFlagAndReconciles()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] file = TestBatches.Generate(1200, seed: 11, malformedRate: 0.02);
        var (flags, rejects) = await TestBatches.ScoreInProcessAsync(file);

        BatchRecord started = await rig.UploadAndIngestAsync("year.jsonl", file);
        await rig.DrainAsync();

        BatchRecord done = (await rig.Batches.GetAsync(started.BatchId, Ct))!;
        Assert.Equal(BatchStatus.Completed, done.Status);
        Assert.Equal(1200, done.Totals.Received);
        Assert.Equal(done.Totals.Received, done.Totals.Accepted + done.Totals.Rejected);
        Assert.Equal(rejects.Count, done.Totals.Rejected);
        Assert.Equal(flags.Count, done.Totals.Flags);
        Assert.Equal(flags.Sum(f => f.Amount), done.Totals.AmountAtStake);
        List<TableEntity> cases = await TableScan.RowsAsync(rig.Account.Cases, "c|");
        Assert.Equal(flags.Select(f => f.Id).Order(), cases.Select(c => c.RowKey[2..]).Order());
        List<TableEntity> events = await TableScan.RowsAsync(rig.Account.Cases, "e|");
        Assert.Equal(cases.Count, events.Count);
        Assert.Equal(rejects.Select(r => (r.LineNumber, r.Field)).Order(), (await StoredRejectsAsync(rig, done)).Order());
    }

    [Fact]
    public async Task Ingest_SameFileUploadedTwice_OpensNoSecondCase()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] file = TestBatches.Generate(400, seed: 12);
        BatchRecord first = await rig.UploadAndIngestAsync("monday.jsonl", file);
        await rig.DrainAsync();
        int cases = (await TableScan.RowsAsync(rig.Account.Cases, "c|")).Count;

        BatchRecord second = await rig.UploadAndIngestAsync("monday-again.jsonl", file);
        await rig.DrainAsync();

        Assert.Equal(first.BatchId, second.BatchId);
        Assert.Equal(BatchStatus.Completed, second.Status);
        Assert.Equal(cases, (await TableScan.RowsAsync(rig.Account.Cases, "c|")).Count);
        Assert.Equal(cases, (await TableScan.RowsAsync(rig.Account.Cases, "e|")).Count);
        Assert.Single(await TableScan.RowsAsync(rig.Account.Batches, "batch"));
    }

    [Fact]
    public async Task Ingest_GzipOfAFileAlreadyIngested_IsTheSameBatch()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] file = TestBatches.Generate(200, seed: 16);
        BatchRecord plain = await rig.UploadAndIngestAsync("wednesday.jsonl", file);
        await rig.DrainAsync();
        using var gz = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(file);
        }

        BatchRecord compressed = await rig.UploadAndIngestAsync("wednesday.jsonl.gz", gz.ToArray());

        Assert.Equal(plain.BatchId, compressed.BatchId);
        Assert.Equal(plain.Bytes, compressed.Bytes);
    }

    [Fact]
    public async Task Chunk_ScoredTwice_WritesNothingTwice()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        BatchRecord batch = await rig.UploadAndIngestAsync("tuesday.jsonl", TestBatches.Generate(600, seed: 13));
        await rig.DrainAsync();
        BatchRecord before = (await rig.Batches.GetAsync(batch.BatchId, Ct))!;
        int cases = (await TableScan.RowsAsync(rig.Account.Cases, "c|")).Count;

        foreach (ChunkRecord chunk in await rig.Batches.ChunksAsync(batch.BatchId, Ct))
        {
            await rig.Batches.SaveChunkAsync(chunk with { Status = ChunkStatus.Pending }, Ct);
            await rig.Chunks.SendAsync(new ChunkMessage(batch.BatchId, chunk.Bucket, chunk.Part), Ct);
        }

        await rig.DrainAsync();

        Assert.Equal(cases, (await TableScan.RowsAsync(rig.Account.Cases, "c|")).Count);
        Assert.Equal(cases, (await TableScan.RowsAsync(rig.Account.Cases, "e|")).Count);
        Assert.Equal(before.Totals, (await rig.Batches.GetAsync(batch.BatchId, Ct))!.Totals);
        for (int bucket = 0; bucket < 8; bucket++)
        {
            var stays = (await rig.Stays.LoadAsync(bucket, Ct)).Stays;
            Assert.Equal(stays.Count, stays.Select(s => s.SettlementId).Distinct().Count());
        }
    }

    [Fact]
    public async Task Chunk_CrashAfterItsStaysWereSaved_CountsEachFlagOnce()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] file = TestBatches.Generate(1200, seed: 17);
        var (flags, _) = await TestBatches.ScoreInProcessAsync(file);
        var crashing = new CrashBeforeDone(rig.Batches);
        var handler = rig.ChunkHandlerOn(crashing);
        BatchRecord batch = await rig.UploadAndIngestAsync("thursday.jsonl", file);

        await rig.DrainAsync(handler.HandleAsync);

        BatchRecord done = (await rig.Batches.GetAsync(batch.BatchId, Ct))!;
        Assert.True(crashing.Crashes > 0);
        Assert.Equal(BatchStatus.Completed, done.Status);
        Assert.Equal(flags.Count, done.Totals.Flags);
        Assert.Equal(flags.Sum(f => f.Amount), done.Totals.AmountAtStake);
        Assert.Equal(flags.Count, (await TableScan.RowsAsync(rig.Account.Cases, "c|")).Count);
    }

    [Fact]
    public async Task SplitAdmission_AcrossTwoBatches_IsCaught()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        string[] lines = Encoding.UTF8.GetString(TestBatches.Generate(1500, seed: 14)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        byte[] first = Encoding.UTF8.GetBytes(string.Join('\n', lines.Where((_, i) => i % 2 == 0)) + "\n");
        byte[] second = Encoding.UTF8.GetBytes(string.Join('\n', lines.Where((_, i) => i % 2 == 1)) + "\n");
        var (flags, _) = await TestBatches.ScoreInProcessAsync(first, second);
        HashSet<string> inFirst = [.. lines.Where((_, i) => i % 2 == 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("settlement_id").GetString()!)];
        Flag[] across = [.. flags.Where(f => f.RelatedSettlementId is { } other && inFirst.Contains(other) != inFirst.Contains(f.SettlementId))];

        await rig.UploadAndIngestAsync("a.jsonl", first);
        await rig.DrainAsync();
        await rig.UploadAndIngestAsync("b.jsonl", second);
        await rig.DrainAsync();

        Assert.NotEmpty(across);
        HashSet<string> stored = [.. (await TableScan.RowsAsync(rig.Account.Cases, "c|")).Select(c => c.RowKey[2..])];
        Assert.All(across, f => Assert.Contains(f.Id, stored));
        Assert.Equal(flags.Select(f => f.Id).Order(), stored.Order());
    }

    [Fact]
    public async Task Chunk_FailingFiveTimes_GoesToPoisonAndFailsTheBatch()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        BatchRecord batch = await rig.UploadAndIngestAsync("broken.jsonl", TestBatches.Generate(300, seed: 15));
        ChunkRecord victim = (await rig.Batches.ChunksAsync(batch.BatchId, Ct))[0];

        await rig.DrainAsync((m, cancel) => m.Bucket == victim.Bucket && m.Part == victim.Part
            ? throw new IOException("disk on fire")
            : rig.Chunk.HandleAsync(m, cancel));

        BatchRecord failed = (await rig.Batches.GetAsync(batch.BatchId, Ct))!;
        Assert.Equal(BatchStatus.Failed, failed.Status);
        Assert.Contains(victim.ChunkId, failed.Error);
        Assert.Equal(ChunkStatus.Failed, (await rig.Batches.GetChunkAsync(batch.BatchId, victim.Bucket, victim.Part, Ct))!.Status);
        var poison = (await rig.Account.Queue(QueueNames.Chunks + QueueNames.PoisonSuffix).PeekMessagesAsync(10, Ct)).Value;
        Assert.Single(poison);
    }

    private static async Task<List<(long, string)>> StoredRejectsAsync(IngestRig rig, BatchRecord batch)
    {
        var found = new List<(long, string)>();
        foreach (ChunkRecord chunk in await rig.Batches.ChunksAsync(batch.BatchId, Ct))
        {
            string text = Encoding.UTF8.GetString(await rig.Files.ReadAsync(batch.Staging, $"{chunk.ChunkId}.{chunk.Result}.rejects.jsonl", Ct) ?? []);
            foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                JsonElement reject = JsonDocument.Parse(line).RootElement;
                found.Add((reject.GetProperty("line_number").GetInt64(), reject.GetProperty("field").GetString()!));
            }
        }

        return found;
    }
}
