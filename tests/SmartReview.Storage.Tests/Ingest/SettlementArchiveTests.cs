using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Application.Ingest;
using SmartReview.Review;
using SmartReview.Rules.Settlements;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Ingest;

/// <summary>The flagged settlements kept beside a chunk's results, and each case reading its own back with its flagged lines.</summary>
public sealed class SettlementArchiveTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_SmallBatch_EveryCaseReadsItsSettlementWithItsFlaggedLines()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        BatchRecord batch = await rig.UploadAndIngestAsync("thursday.jsonl", TestBatches.Generate(500, seed: 21));
        await rig.DrainAsync();
        var archive = new SettlementArchive(rig.Cases, rig.Files);

        List<TableEntity> rows = await TableScan.RowsAsync(rig.Account.Cases, "c|");
        Assert.NotEmpty(rows);
        foreach (TableEntity row in rows)
        {
            var key = new CaseKey(row.PartitionKey, row.RowKey[2..]);
            StoredCase stored = (await rig.Cases.GetAsync(key, Ct))!;
            Assert.Equal(batch.Staging, stored.Source!.Staging);
            Assert.EndsWith(".settlements.jsonl.gz", stored.Source.File, StringComparison.Ordinal);

            Settlement settlement = (await archive.GetAsync(key, Ct))!;

            Assert.Equal(stored.Case.Flag.SettlementId, settlement.Id);
            Assert.All(stored.Case.Flag.LineIds, id => Assert.Contains(settlement.Lines, l => l.LineId == id));
        }
    }

    [Fact]
    public async Task Ingest_SmallBatch_KeepsOnlyFlaggedSettlementsInOneFilePerChunk()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        BatchRecord batch = await rig.UploadAndIngestAsync("friday.jsonl", TestBatches.Generate(300, seed: 22));
        await rig.DrainAsync();

        IReadOnlyList<string> names = await rig.Files.ListAsync(batch.Staging, Ct);
        string[] kept = [.. names.Where(n => n.EndsWith(".settlements.jsonl.gz", StringComparison.Ordinal))];
        int lines = 0;
        foreach (string name in kept)
        {
            byte[] gz = (await rig.Files.ReadAsync(batch.Staging, name, Ct))!;
            using var text = new StreamReader(new System.IO.Compression.GZipStream(new MemoryStream(gz), System.IO.Compression.CompressionMode.Decompress));
            lines += (await text.ReadToEndAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        List<TableEntity> cases = await TableScan.RowsAsync(rig.Account.Cases, "c|");
        Assert.Equal(cases.Select(c => c.GetString("SettlementId")).Distinct().Count(), lines);
        Assert.True(lines < 300, $"{lines} of 300 settlements kept");
        Assert.Equal(kept.Length, cases.Select(c => c.GetString("SourceFile")).Distinct().Count());
    }

    [Fact]
    public async Task Case_OpenedWithoutSource_HasNoSettlement_AndADecisionKeepsTheSource()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var archive = new SettlementArchive(rig.Store, new Storage.Batches.BlobBatchFiles(rig.Account));
        CaseKey old = await rig.OpenAsync();
        var flag = new FlagSummary("F-KEPT-1", "S-KEPT-1", "H33010000001", "P1", "SR-001", "starter@test", false, 100m, ["1"], "测试", "test", null, null,
            new DateOnly(2024, 2, 28));
        (ReviewCase c, CaseEvent opened) = ReviewFlow.Open(flag, CaseRig.Start, rig.Settings, WorkingCalendar.China);
        var source = new CaseSource("runs/x", "b000-p0000.r.settlements.jsonl.gz");
        await rig.Store.OpenAsync([new OpenedCase(c, opened, source)], Ct);
        var kept = new CaseKey("H33010000001", c.CaseId);

        await rig.DoAsync(kept, new ConfirmFlag(50m, "重复"), People.Reviewer1);

        Assert.Null(await archive.GetAsync(old, Ct));
        Assert.Null((await rig.Store.GetAsync(old, Ct))!.Source);
        StoredCase after = (await rig.Store.GetAsync(kept, Ct))!;
        Assert.Equal(Stage.Appeal, after.Case.Stage);
        Assert.Equal(source, after.Source);
        Assert.Null(await archive.GetAsync(kept, Ct));
    }
}
