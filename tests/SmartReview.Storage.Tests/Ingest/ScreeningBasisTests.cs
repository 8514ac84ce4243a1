using System.Text.Json.Nodes;
using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Application.Ingest;
using SmartReview.Rules.Engine;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Ingest;

/// <summary>
/// The screening basis on stored batches and cases: chunks are scored on the batch's basis, and rows written before
/// the basis was kept still read (as scored by discharge date).
/// </summary>
public sealed class ScreeningBasisTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_AsOfBeforeThePacksRules_BatchRowKeepsTheBasisAndItsChunksFlagNothing()
    {
        // Arrange: the starter pack's rules are in force from 2024-01-01; the generated discharges are in 2024
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] file = TestBatches.Generate(300, seed: 21);
        await rig.Files.SaveUploadAsync("2024.jsonl", new MemoryStream(file), Ct);

        // Act
        BatchRecord byDischarge = await rig.Ingest.HandleAsync(new IngestMessage("2024.jsonl"), Ct);
        BatchRecord asOf = await rig.Ingest.HandleAsync(new IngestMessage("2024.jsonl", "as-of:2023-12-31"), Ct);
        await rig.DrainAsync();

        // Assert
        Assert.NotEqual(byDischarge.BatchId, asOf.BatchId);
        BatchRecord doneByDischarge = (await rig.Batches.GetAsync(byDischarge.BatchId, Ct))!;
        BatchRecord doneAsOf = (await rig.Batches.GetAsync(asOf.BatchId, Ct))!;
        Assert.Equal(ScreeningBasis.DischargeDate, doneByDischarge.Basis);
        Assert.Equal(ScreeningBasis.AsOf(new DateOnly(2023, 12, 31)), doneAsOf.Basis);
        Assert.Equal(BatchStatus.Completed, doneAsOf.Status);
        Assert.Equal(300, doneAsOf.Totals.Accepted);
        Assert.Equal(0, doneAsOf.Totals.Flags);
        Assert.True(doneByDischarge.Totals.Flags > 0);
    }

    [Fact]
    public async Task Read_RowsWrittenBeforeTheBasisWasKept_ReadAsScoredByDischargeDate()
    {
        // Arrange
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        BatchRecord batch = await rig.UploadAndIngestAsync("old.jsonl", TestBatches.Generate(200, seed: 22));
        await rig.DrainAsync();
        TableEntity batchRow = (await rig.Account.Batches.GetEntityAsync<TableEntity>(batch.BatchId, "batch", cancellationToken: Ct)).Value;
        batchRow.Remove("Basis");
        await rig.Account.Batches.UpdateEntityAsync(batchRow, batchRow.ETag, TableUpdateMode.Replace, Ct);
        TableEntity caseRow = (await TableScan.RowsAsync(rig.Account.Cases, "c|"))[0];
        JsonNode state = JsonNode.Parse(caseRow.GetString("State"))!;
        Assert.NotNull(state["flag"]!["basis"]);
        state["flag"]!.AsObject().Remove("basis");
        caseRow["State"] = state.ToJsonString();
        await rig.Account.Cases.UpdateEntityAsync(caseRow, caseRow.ETag, TableUpdateMode.Replace, Ct);

        // Act
        BatchRecord? read = await rig.Batches.GetAsync(batch.BatchId, Ct);
        StoredCase? stored = await rig.Cases.GetAsync(new CaseKey((string)state["flag"]!["facilityId"]!, (string)state["caseId"]!), Ct);

        // Assert
        Assert.Equal(ScreeningBasis.DischargeDate, read!.Basis);
        Assert.NotNull(stored);
        Assert.Null(stored.Case.Flag.Basis);
        Assert.Equal((string?)state["flag"]!["flagId"], stored.Case.Flag.FlagId);
    }
}
