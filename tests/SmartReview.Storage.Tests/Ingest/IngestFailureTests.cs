using SmartReview.Application.Ingest;
using SmartReview.Rules.Engine;
using SmartReview.Storage.Queues;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Ingest;

/// <summary>
/// An upload whose ingest cannot be done ends in a clear state, never "Queued" for ever: bad input (a zip that cannot
/// be read, an extract without its settlement table) fails its batch at once with the reason, on the first attempt;
/// storage that fails is tried again, and at the queue's dequeue limit the batch fails saying so, until the file is
/// uploaded again. Through the same queue pump and consumer the hosts use.
/// </summary>
public sealed class IngestFailureTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("cut short")]
    [InlineData("not a zip")]
    [InlineData("an entry damaged")]
    public async Task Ingest_UnreadableZip_FailsAtOnceWithTheReason(string damage)
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] zip = await TestExtracts.ZipAsync(TestBatches.Generate(20, seed: 51));
        byte[] upload = damage switch
        {
            "cut short" => zip[..(zip.Length / 2)],
            "not a zip" => TestBatches.Generate(5, seed: 51),
            _ => Damaged(zip),
        };
        var files = new UnreachableUploads(rig.Files, failures: 0);

        BatchRecord batch = await UploadAndIngestAsync(rig, "extract.zip", upload, files);

        Assert.Equal(BatchStatus.Failed, batch.Status);
        Assert.Contains("national extract: the upload is not a readable zip", batch.Error);
        Assert.True(batch.FailedAtIngest);
        Assert.Equal(BatchTotals.Zero, batch.Totals);
        Assert.Equal(1, files.Opens);
        Assert.Equal(0, await rig.PoisonedAsync(QueueNames.Ingest));
        Assert.Empty(await rig.Batches.ChunksAsync(batch.BatchId, Ct));
    }

    [Fact]
    public async Task Ingest_ExtractWithoutSettlementTable_FailsAtOnceNamingIt()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] zip = await TestExtracts.ZipAsync(TestBatches.Generate(20, seed: 52), folder => File.Delete(Path.Combine(folder, "setl_d.csv")));
        var files = new UnreachableUploads(rig.Files, failures: 0);

        BatchRecord batch = await UploadAndIngestAsync(rig, "extract.zip", zip, files);

        Assert.Equal(BatchStatus.Failed, batch.Status);
        Assert.Contains("national extract: the extract has no SETL_D table", batch.Error);
        Assert.Equal(1, files.Opens);
        Assert.Equal(0, await rig.PoisonedAsync(QueueNames.Ingest));
        Assert.Empty(await TableScan.RowsAsync(rig.Account.Cases, "c|"));
        Assert.Equal(0, (await rig.Batches.ListAsync(Ct)).Single().ChunkCount);
    }

    [Fact]
    public async Task Ingest_StorageFailingTwice_IsTriedAgainAndCompletes()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        var files = new UnreachableUploads(rig.Files, failures: 2);

        BatchRecord batch = await UploadAndIngestAsync(rig, "extract.zip", await TestExtracts.ZipAsync(TestBatches.Generate(40, seed: 53)), files);
        await rig.DrainAsync();

        BatchRecord done = (await rig.Batches.GetAsync(batch.BatchId, Ct))!;
        Assert.Equal(3, files.Opens);
        Assert.Equal(BatchStatus.Completed, done.Status);
        Assert.Equal((40L, 40L), (done.Totals.Received, done.Totals.Accepted + done.Totals.Rejected));
        Assert.Equal(0, await rig.PoisonedAsync(QueueNames.Ingest));
    }

    [Fact]
    public async Task Ingest_StorageFailingEveryTime_FailsTheBatchAtTheDequeueLimit_AndUploadingAgainIngestsIt()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] file = TestBatches.Generate(40, seed: 54);
        var files = new UnreachableUploads(rig.Files);

        BatchRecord failed = await UploadAndIngestAsync(rig, "monday.jsonl", file, files);
        UploadOutcome again = await rig.Upload.HandleAsync("monday-again.jsonl", new MemoryStream(file), default, Ct);
        BatchRecord? requeued = await rig.Batches.GetAsync(failed.BatchId, Ct);
        await rig.DrainIngestAsync();
        await rig.DrainAsync();

        Assert.Equal(QueuePump<IngestMessage>.MaxDequeueCount, files.Opens);
        Assert.Equal(1, await rig.PoisonedAsync(QueueNames.Ingest));
        Assert.Equal((BatchStatus.Failed, 0), (failed.Status, failed.ChunkCount));
        Assert.Contains("ingest gave up (failed 5 times)", failed.Error);
        Assert.Contains("Upload the file again", failed.Error);
        Assert.Equal((failed.BatchId, null), (again.BatchId, again.Existing));
        Assert.Equal(BatchStatus.Queued, requeued?.Status);
        BatchRecord done = (await rig.Batches.GetAsync(failed.BatchId, Ct))!;
        Assert.Equal((BatchStatus.Completed, 40L), (done.Status, done.Totals.Received));
    }

    [Fact]
    public async Task Ingest_DroppedFileFailingEveryTime_FailsTheBatchItsUploadWouldName()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] file = TestBatches.Generate(10, seed: 55);
        await rig.Files.SaveUploadAsync("drop/tuesday.jsonl", new MemoryStream(file), Ct);
        await rig.Account.IngestQueue.SendAsync(new IngestMessage("drop/tuesday.jsonl"), Ct);

        await rig.DrainIngestAsync(new IngestConsumer(rig.IngestHandlerOn(new UnreachableUploads(rig.Files, failures: QueuePump<IngestMessage>.MaxDequeueCount))));

        string batchId = BatchIds.Of(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file)), ScreeningBasis.DischargeDate);
        BatchRecord? batch = await rig.Batches.GetAsync(batchId, Ct);
        Assert.Equal(BatchStatus.Failed, batch?.Status);
        Assert.Equal("drop/tuesday.jsonl", batch?.Source);
        Assert.Contains("ingest gave up", batch?.Error);
    }

    /// <summary>The zip with bytes in the middle of its first entry's compressed data overwritten: its directory intact, its content not.</summary>
    private static byte[] Damaged(byte[] zip)
    {
        byte[] damaged = [.. zip];
        int nameLength = BitConverter.ToUInt16(zip, 26), extraLength = BitConverter.ToUInt16(zip, 28);
        int size = BitConverter.ToInt32(zip, 18);
        damaged.AsSpan(30 + nameLength + extraLength + (size / 2), 16).Fill(0xA5);
        return damaged;
    }

    /// <summary>Uploads as the API does, then runs the ingest queue through the hosts' pump on <paramref name="files"/>; the batch the upload named.</summary>
    private static async Task<BatchRecord> UploadAndIngestAsync(IngestRig rig, string name, byte[] content, UnreachableUploads files)
    {
        UploadOutcome outcome = await rig.Upload.HandleAsync(name, new MemoryStream(content), default, Ct);
        Assert.Equal(BatchStatus.Queued, (await rig.Batches.GetAsync(outcome.BatchId!, Ct))?.Status);
        await rig.DrainIngestAsync(new IngestConsumer(rig.IngestHandlerOn(files)));
        return (await rig.Batches.GetAsync(outcome.BatchId!, Ct))!;
    }
}
