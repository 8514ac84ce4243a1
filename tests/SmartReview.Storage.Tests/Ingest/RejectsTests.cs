using System.Text;
using System.Text.Json;
using SmartReview.Application.Ingest;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Ingest;

/// <summary>A batch's rejects read back: paged with a token across chunks, and all of them as JSON Lines; uploads that know their batch.</summary>
public sealed class RejectsTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rejects_PagedAcrossChunks_EachOnceWithLineFieldAndReason()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] file = TestBatches.Generate(1200, seed: 31, malformedRate: 0.05);
        var (_, expected) = await TestBatches.ScoreInProcessAsync(file);
        BatchRecord batch = await rig.UploadAndIngestAsync("rejects.jsonl", file);
        await rig.DrainAsync();

        var seen = new List<StoredReject>();
        string? page = null;
        int pages = 0;
        do
        {
            RejectPage read = (await rig.Rejects.PageAsync(batch.BatchId, page, 7, Ct))!;
            Assert.True(read.Items.Count <= 7);
            seen.AddRange(read.Items);
            page = read.Next;
            pages++;
        }
        while (page is not null);

        Assert.True(expected.Count > 14);
        Assert.True(pages >= expected.Count / 7);
        Assert.Equal(expected.Select(r => (r.LineNumber, r.SettlementId, r.Field, r.Reason)).Order(),
            seen.Select(r => (r.LineNumber, r.SettlementId, r.Field, r.Reason)).Order());
        Assert.All(seen, r => Assert.True(r.Record.Length <= BatchRejects.RecordChars));
        Assert.Contains(seen, r => r.RecordCut);
    }

    [Fact]
    public async Task Rejects_Download_AllRecordsInFull()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] file = TestBatches.Generate(600, seed: 32, malformedRate: 0.05);
        var (_, expected) = await TestBatches.ScoreInProcessAsync(file);
        BatchRecord batch = await rig.UploadAndIngestAsync("download.jsonl", file);
        await rig.DrainAsync();

        RejectDownload download = (await rig.Rejects.DownloadAsync(batch.BatchId, Ct))!;
        using var to = new MemoryStream();
        await download.WriteAsync(to, Ct);

        List<JsonElement> rows = [.. Encoding.UTF8.GetString(to.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal(expected.Select(r => (r.LineNumber, r.Raw)).Order(),
            rows.Select(r => (r.GetProperty("line_number").GetInt64(), r.GetProperty("record").GetString()!)).Order());
        Assert.Equal($"{batch.BatchId}.rejects.jsonl", download.FileName);
    }

    [Fact]
    public async Task Rejects_UnknownBatch_Null()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);

        Assert.Null(await rig.Rejects.PageAsync("Bnone", null, 10, Ct));
        Assert.Null(await rig.Rejects.DownloadAsync("Bnone", Ct));
    }

    [Fact]
    public async Task Upload_NamesTheBatchAtOnce_AndASecondUploadIsThatBatch()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] file = TestBatches.Generate(100, seed: 33);

        UploadOutcome first = await rig.Upload.HandleAsync("one.jsonl.gz", new MemoryStream(LostRecordTests.Gzip(file)), default, Ct);
        BatchRecord? queued = await rig.Batches.GetAsync(first.BatchId!, Ct);
        BatchRecord ingested = await rig.Ingest.HandleAsync(new IngestMessage(first.Upload), Ct);
        UploadOutcome second = await rig.Upload.HandleAsync("two.jsonl", new MemoryStream(file), default, Ct);

        Assert.Equal(ingested.BatchId, first.BatchId);
        Assert.Null(first.Existing);
        Assert.Equal((BatchStatus.Queued, "one.jsonl.gz"), (queued?.Status, queued?.Source));
        Assert.Single(await TableScan.RowsAsync(rig.Account.Batches, "batch"));
        Assert.Equal((ingested.BatchId, BatchStatus.Scoring), (second.BatchId, second.Existing));
    }

    [Fact]
    public async Task Upload_GzipCutShort_RefusedWithTheReason()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] whole = LostRecordTests.Gzip(TestBatches.Generate(17, seed: 34));

        UploadOutcome outcome = await rig.Upload.HandleAsync("cut.jsonl.gz", new MemoryStream(whole[..^10]), default, Ct);

        Assert.Null(outcome.BatchId);
        Assert.Contains("cut short", outcome.Corrupt);
        Assert.Empty((await rig.Account.IngestQueue.Client.PeekMessagesAsync(10, Ct)).Value);
    }
}
