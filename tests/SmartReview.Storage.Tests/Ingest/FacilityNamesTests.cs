using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using SmartReview.Storage.Cases;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Ingest;

/// <summary>Facility names recorded at ingest from the flagged settlements, for exports and pages to show beside the codes.</summary>
public sealed class FacilityNamesTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_SmallBatch_EveryFacilityWithCasesHasTheNameItsSettlementsGive()
    {
        // Arrange
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        byte[] batch = TestBatches.Generate(300, seed: 23);
        Dictionary<string, string> given = Encoding.UTF8.GetString(batch).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!["facility"]!)
            .DistinctBy(f => (string)f["id"]!).ToDictionary(f => (string)f["id"]!, f => (string)f["name"]!);

        // Act
        await rig.UploadAndIngestAsync("names.jsonl", batch);
        await rig.DrainAsync();
        IReadOnlyDictionary<string, string> names = await new TableFacilityNames(rig.Account).AllAsync(Ct);

        // Assert
        string[] withCases = [.. (await TableScan.RowsAsync(rig.Account.Cases, "c|")).Select(r => r.PartitionKey).Distinct()];
        Assert.NotEmpty(withCases);
        Assert.All(withCases, f => Assert.Equal(given[f], names[f]));
        Assert.All(names, n => Assert.Equal(given[n.Key], n.Value));
        var listed = new List<string>(); // the sweeps' list of facilities is untouched by the names beside it
        await foreach (TableEntity e in rig.Account.Facilities.QueryAsync<TableEntity>(e => e.PartitionKey == "facility", cancellationToken: Ct))
        {
            listed.Add(e.GetString("FacilityId"));
        }

        Assert.Equal(withCases.Order(), listed.Order());
    }
}
