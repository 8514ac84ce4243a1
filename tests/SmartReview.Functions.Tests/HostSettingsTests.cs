using System.Text.Json.Nodes;
using SmartReview.Storage;

namespace SmartReview.Functions.Tests;

/// <summary>host.json as deployed with the app, and the example settings the %...% bindings read.</summary>
public sealed class HostSettingsTests
{
    [Fact]
    public void HostJson_Deployed_HasTaskHubAndPlainQueueMessages()
    {
        // Arrange
        JsonNode host = FunctionsMetadataTests.Read("host.json");

        // Act
        JsonNode extensions = host["extensions"]!;

        // Assert
        Assert.Equal("%TaskHub%", extensions["durableTask"]!["hubName"]!.GetValue<string>());
        Assert.Equal("AzureWebJobsStorage", extensions["durableTask"]!["storageProvider"]!["connectionName"]!.GetValue<string>());
        Assert.Equal(5, extensions["queues"]!["maxDequeueCount"]!.GetValue<int>());
        // The storage adapter sends its JSON unencoded (QueueMessageEncoding.None).
        Assert.Equal("none", extensions["queues"]!["messageEncoding"]!.GetValue<string>());
    }

    [Fact]
    public void LocalSettingsExample_QueueAndContainerSettings_NameWhatStorageAccountUses()
    {
        // Arrange
        string path = Path.Combine(RepoPaths.Root, "functions", "SmartReview.Functions", "local.settings.example.json");
        JsonNode values = JsonNode.Parse(File.ReadAllText(path))!["Values"]!;
        var account = new StorageAccount(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true", Prefix = values["Storage__Prefix"]!.GetValue<string>() });

        // Act
        string?[] settings = [.. new[] { "IngestQueue", "ChunkQueue", "UploadsContainer" }.Select(k => values[k]?.GetValue<string>())];

        // Assert
        Assert.Equal([account.Queue(QueueNames.Ingest).Name, account.Queue(QueueNames.Chunks).Name, account.Uploads.Name], settings);
        Assert.Equal("dotnet-isolated", values["FUNCTIONS_WORKER_RUNTIME"]!.GetValue<string>());
    }
}
