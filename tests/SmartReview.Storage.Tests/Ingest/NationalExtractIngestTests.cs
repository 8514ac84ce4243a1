using SmartReview.Application.Ingest;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Ingest;

/// <summary>
/// A bureau's national extract uploaded as a zip of its five tables goes through the same ingest as JSON Lines: the
/// same batch totals and cases, its rows per table reconciled on the batch, its own rejects listed with the batch's.
/// </summary>
public sealed class NationalExtractIngestTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_ExtractZip_ScoresTheSameAsItsJsonLines()
    {
        byte[] jsonl = TestBatches.Generate(300, seed: 41);
        IngestRig tables = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        IngestRig lines = await IngestRig.CreateAsync(azurite, TestBatches.Starter);

        BatchRecord fromTables = await IngestAsync(tables, "extract.zip", await TestExtracts.ZipAsync(jsonl));
        BatchRecord fromLines = await IngestAsync(lines, "batch.jsonl", jsonl);

        Assert.Equal(BatchStatus.Completed, fromTables.Status);
        Assert.Equal(fromLines.Totals, fromTables.Totals);
        Assert.True(fromTables.Totals.Flags > 0);
        Assert.Equal(await CaseKeysAsync(lines), await CaseKeysAsync(tables));
        Assert.All(fromTables.Tables!, t => Assert.Equal(t.Received, t.Accepted + t.Rejected));
        Assert.Equal(300, fromTables.Tables!.Single(t => t.Table == "SETL_D").Accepted);
    }

    [Fact]
    public async Task Ingest_ExtractWithASettlementRowMissing_RejectsItsRowsByTableAndReconciles()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] zip = await TestExtracts.ZipAsync(TestBatches.Generate(50, seed: 42), folder =>
        {
            string settlements = Path.Combine(folder, "setl_d.csv");
            string[] rows = File.ReadAllLines(settlements);
            File.WriteAllLines(settlements, [rows[0], .. rows[2..]]);
        });

        BatchRecord batch = await IngestAsync(rig, "extract.zip", zip);
        RejectPage page = (await rig.Rejects.PageAsync(batch.BatchId, null, 100, Ct))!;

        Assert.Equal(BatchStatus.Completed, batch.Status);
        Assert.Equal(49, batch.Totals.Received);
        Assert.Equal(batch.Totals.Received, batch.Totals.Accepted + batch.Totals.Rejected);
        Assert.All(batch.Tables!, t => Assert.Equal(t.Received, t.Accepted + t.Rejected));
        Assert.True(batch.Tables!.Single(t => t.Table == "FEE_LIST_D").Rejected > 0);
        Assert.Contains(page.Items, r => r.Field.StartsWith("FEE_LIST_D", StringComparison.Ordinal) && r.Record.StartsWith("fee_list_d.csv:", StringComparison.Ordinal));
        Assert.Contains(page.Items, r => r.Field.StartsWith("MDTRT_D", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingest_ExtractWithoutItsFeeTable_FailsNamingTheTable()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] zip = await TestExtracts.ZipAsync(TestBatches.Generate(20, seed: 43), folder => File.Delete(Path.Combine(folder, "fee_list_d.csv")));

        BatchRecord batch = await IngestAsync(rig, "extract.zip", zip);

        Assert.Equal(BatchStatus.Failed, batch.Status);
        Assert.Contains("FEE_LIST_D", batch.Error);
        Assert.Empty(await TableScan.RowsAsync(rig.Account.Cases, "c|"));
    }

    private static async Task<BatchRecord> IngestAsync(IngestRig rig, string name, byte[] content)
    {
        BatchRecord batch = await rig.UploadAndIngestAsync(name, content);
        await rig.DrainAsync();
        return (await rig.Batches.GetAsync(batch.BatchId, Ct))!;
    }

    private static async Task<string[]> CaseKeysAsync(IngestRig rig) =>
        [.. (await TableScan.RowsAsync(rig.Account.Cases, "c|")).Select(e => e.PartitionKey + "/" + e.RowKey).Order(StringComparer.Ordinal)];
}
