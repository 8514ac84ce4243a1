using System.IO.Compression;
using System.Text;
using SmartReview.Application.Ingest;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Ingest;

/// <summary>Uploads that used to lose or misfile records: a gzip file cut short, an empty file, a byte order mark, repeated settlement ids.</summary>
public sealed class LostRecordTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_GzipCutShort_FailsTheBatchWithTheReasonAndScoresNothing()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] whole = Gzip(TestBatches.Generate(17, seed: 21));

        BatchRecord batch = await rig.UploadAndIngestAsync("cut.jsonl.gz", whole[..(whole.Length / 2)]);
        await rig.DrainAsync();

        BatchRecord stored = (await rig.Batches.GetAsync(batch.BatchId, Ct))!;
        Assert.Equal(BatchStatus.Failed, stored.Status);
        Assert.Contains("cut short", stored.Error);
        Assert.Equal(0, stored.ChunkCount);
        Assert.Empty(await rig.Batches.ChunksAsync(batch.BatchId, Ct));
        Assert.Empty(await TableScan.RowsAsync(rig.Account.Cases, "c|"));
    }

    [Fact]
    public async Task Ingest_GzipCutShort_IsNotTheBatchOfTheWholeFile()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] file = TestBatches.Generate(40, seed: 22);
        byte[] whole = Gzip(file);
        BatchRecord cut = await rig.UploadAndIngestAsync("cut.jsonl.gz", whole[..^4]);

        BatchRecord complete = await rig.UploadAndIngestAsync("whole.jsonl.gz", whole);
        await rig.DrainAsync();

        Assert.Equal(BatchStatus.Failed, cut.Status);
        Assert.NotEqual(cut.BatchId, complete.BatchId);
        Assert.Equal(40, (await rig.Batches.GetAsync(complete.BatchId, Ct))!.Totals.Received);
    }

    [Fact]
    public async Task Ingest_GzipOfSeveralMembers_ReadToTheEnd()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        string[] lines = Lines(TestBatches.Generate(60, seed: 25));
        byte[] first = Encoding.UTF8.GetBytes(string.Join('\n', lines[..25]) + "\n"), second = Encoding.UTF8.GetBytes(string.Join('\n', lines[25..]) + "\n");

        BatchRecord batch = await rig.UploadAndIngestAsync("members.jsonl.gz", [.. Gzip(first), .. Gzip(second)]);
        await rig.DrainAsync();

        BatchRecord stored = (await rig.Batches.GetAsync(batch.BatchId, Ct))!;
        Assert.Equal((BatchStatus.Completed, 60L, 0L), (stored.Status, stored.Totals.Received, stored.Totals.Rejected));
    }

    [Fact]
    public async Task Ingest_EmptyFile_CompletesWithNothingReceived()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);

        BatchRecord batch = await rig.UploadAndIngestAsync("empty.jsonl", []);

        BatchRecord stored = (await rig.Batches.GetAsync(batch.BatchId, Ct))!;
        Assert.Equal(BatchStatus.Completed, stored.Status);
        Assert.Equal(BatchTotals.Zero, stored.Totals);
    }

    [Fact]
    public async Task Ingest_ByteOrderMark_FirstRecordAccepted()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] file = [.. "\uFEFF"u8, .. TestBatches.Generate(30, seed: 23)];

        BatchRecord batch = await rig.UploadAndIngestAsync("bom.jsonl", file);
        await rig.DrainAsync();

        BatchTotals totals = (await rig.Batches.GetAsync(batch.BatchId, Ct))!.Totals;
        Assert.Equal((30, 30, 0), (totals.Received, totals.Accepted, totals.Rejected));
    }

    [Fact]
    public async Task Ingest_RepeatedSettlementIds_RejectsEachRepeatNamingTheFirstLine()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        string[] lines = Lines(TestBatches.Generate(300, seed: 24));
        string changed = lines[6].Replace("\"quantity\":", "\"quantity\":1", StringComparison.Ordinal);
        byte[] file = Encoding.UTF8.GetBytes(string.Join('\n', [.. lines, lines[2], changed]) + "\n");

        BatchRecord batch = await rig.UploadAndIngestAsync("repeats.jsonl", file);
        await rig.DrainAsync();

        BatchTotals totals = (await rig.Batches.GetAsync(batch.BatchId, Ct))!.Totals;
        Assert.Equal((302, 2), (totals.Received, totals.Rejected));
        Assert.Equal(totals.Received, totals.Accepted + totals.Rejected);
        RejectPage page = (await rig.Rejects.PageAsync(batch.BatchId, null, 10, Ct))!;
        Assert.Equal([(301L, $"settlement {Id(lines[2])} already at line 3"), (302L, $"settlement {Id(lines[6])} already at line 7")],
            page.Items.Select(r => (r.LineNumber, r.Reason)).Order());
        Assert.All(page.Items, r => Assert.Equal("settlement_id", r.Field));
        for (int bucket = 0; bucket < 8; bucket++)
        {
            var stays = (await rig.Stays.LoadAsync(bucket, Ct)).Stays;
            Assert.Equal(stays.Count, stays.Select(s => s.SettlementId).Distinct().Count());
        }
    }

    internal static byte[] Gzip(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return compressed.ToArray();
    }

    private static string[] Lines(byte[] file) => Encoding.UTF8.GetString(file).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string Id(string line) => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("settlement_id").GetString()!;
}
