using System.Text.Json.Nodes;
using SmartReview.Workflow;

namespace SmartReview.Functions.Tests;

/// <summary>The functions.metadata the Worker SDK wrote at build: every function with the trigger the Functions host will bind.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly JsonArray Functions = Read("functions.metadata").AsArray();

    [Theory]
    [InlineData("Ingest", "queueTrigger", "queueName", "%IngestQueue%")]
    [InlineData("IngestPoisoned", "queueTrigger", "queueName", "%IngestQueue%-poison")]
    [InlineData("IngestDrop", "blobTrigger", "path", "%UploadsContainer%/drop/{name}")]
    [InlineData("Chunks", "queueTrigger", "queueName", "%ChunkQueue%")]
    [InlineData("ChunksPoisoned", "queueTrigger", "queueName", "%ChunkQueue%-poison")]
    [InlineData("ListCases", "httpTrigger", "route", "cases")]
    [InlineData("OpenCase", "httpTrigger", "route", "cases")]
    [InlineData("GetCase", "httpTrigger", "route", "cases/{key}")]
    [InlineData("CaseCommand", "httpTrigger", "route", "cases/{key}/commands")]
    [InlineData("Check", "httpTrigger", "route", "check")]
    [InlineData("Ledger", "httpTrigger", "route", "ledger")]
    [InlineData("Owed", "httpTrigger", "route", "ledger/owed")]
    [InlineData("SanctionRules", "httpTrigger", "route", "sanction-rules")]
    [InlineData("ArmDeadlines", "timerTrigger", "schedule", "0 0 1 * * *")]
    [InlineData("RefreshFigures", "timerTrigger", "schedule", "*/5 * * * * *")]
    [InlineData(nameof(DeadlineOrchestrator), "orchestrationTrigger", null, null)]
    [InlineData(nameof(PassDeadlinesActivity), "activityTrigger", null, null)]
    [InlineData("CaseFlows", "queueTrigger", "queueName", "%CaseFlowQueue%")]
    [InlineData("CaseFlowsPoisoned", "queueTrigger", "queueName", "%CaseFlowQueue%-poison")]
    [InlineData(nameof(CaseOrchestrator), "orchestrationTrigger", null, null)]
    [InlineData(nameof(PassCaseDeadlineActivity), "activityTrigger", null, null)]
    public void Metadata_Function_HasItsTrigger(string function, string type, string? property, string? value)
    {
        // Arrange
        JsonNode trigger = Trigger(function);

        // Act
        string? actual = property is null ? null : trigger[property]?.GetValue<string>();

        // Assert
        Assert.Equal(type, trigger["type"]!.GetValue<string>());
        Assert.Equal(value, actual);
    }

    [Theory]
    [InlineData("ListCases", "get")]
    [InlineData("GetCase", "get")]
    [InlineData("CaseCommand", "post")]
    [InlineData("OpenCase", "post")]
    [InlineData("Check", "post")]
    [InlineData("Ledger", "get")]
    [InlineData("Owed", "get")]
    [InlineData("SanctionRules", "get")]
    public void Metadata_HttpFunction_AnswersOneMethodAnonymously(string function, string method)
    {
        // Arrange
        JsonNode trigger = Trigger(function);

        // Act
        string[] methods = [.. trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>())];

        // Assert
        Assert.Equal([method], methods);
        Assert.Equal("Anonymous", trigger["authLevel"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("CaseCommand")]
    [InlineData("OpenCase")]
    [InlineData("Chunks")]
    [InlineData(nameof(PassDeadlinesActivity))]
    [InlineData("ArmDeadlines")]
    [InlineData(nameof(PassCaseDeadlineActivity))]
    [InlineData("CaseFlows")]
    public void Metadata_FunctionThatTalksToDurable_TakesADurableClient(string function)
    {
        // Arrange
        JsonNode entry = Entry(function);

        // Act
        string[] types = [.. entry["bindings"]!.AsArray().Select(b => b!["type"]!.GetValue<string>())];

        // Assert
        Assert.Contains("durableClient", types);
    }

    [Fact]
    public void Metadata_AllFunctions_AreTheExpectedOnes()
    {
        // Arrange
        string[] expected = ["ArmDeadlines", "CaseCommand", "CaseFlows", "CaseFlowsPoisoned", nameof(CaseOrchestrator), "Check", "Chunks",
            "ChunksPoisoned", nameof(DeadlineOrchestrator), "GetCase", "Ingest", "IngestDrop", "IngestPoisoned", "Ledger", "ListCases", "OpenCase", "Owed",
            nameof(PassCaseDeadlineActivity), nameof(PassDeadlinesActivity), "RefreshFigures", "SanctionRules"];

        // Act
        string[] names = [.. Functions.Select(f => f!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal)];

        // Assert
        Assert.Equal(expected, names);
    }

    [Fact]
    public void ExtensionsJson_Built_ListsDurableQueuesAndBlobs()
    {
        // Arrange
        JsonNode extensions = Read("extensions.json");

        // Act
        string[] names = [.. extensions["extensions"]!.AsArray().Select(e => e!["name"]!.GetValue<string>())];

        // Assert
        Assert.Superset(new HashSet<string>(["DurableTask", "AzureStorageQueues", "AzureStorageBlobs"]), names.ToHashSet());
    }

    private static JsonNode Entry(string function) => Functions.Single(f => f!["name"]!.GetValue<string>() == function)!;

    private static JsonNode Trigger(string function) =>
        Entry(function)["bindings"]!.AsArray().Single(b => b!["type"]!.GetValue<string>().EndsWith("Trigger", StringComparison.Ordinal))!;

    /// <summary>A file the Functions project's build wrote; it is copied beside the tests with the project reference.</summary>
    internal static JsonNode Read(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file)))!;
}
