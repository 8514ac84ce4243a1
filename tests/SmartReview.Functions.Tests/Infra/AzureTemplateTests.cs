using System.Text.Json.Nodes;
using SmartReview.Storage;

namespace SmartReview.Functions.Tests.Infra;

/// <summary>
/// infra/azure/main.bicep as compiled: it builds without a diagnostic; the host it deploys has the production
/// settings; and the two apps it deploys share the work without racing for it: one consumer per queue, one pack, one
/// task hub.
/// </summary>
public sealed class AzureTemplateTests
{
    private static readonly string MainBicep = Path.Combine(RepoPaths.Root, "infra", "azure", "main.bicep");

    [Fact]
    public async Task MainBicep_Builds_WithTheHostsProductionSettings()
    {
        // Act
        CompiledTemplate template = await BuildAsync();
        IReadOnlyDictionary<string, string> settings = template.Host;

        // Assert
        Assert.Equal("http://0.0.0.0:8080", settings["Urls"]);
        Assert.Superset(new HashSet<string>(["Storage__AccountName", "Storage__Prefix", "Auth__Authority", "Auth__Audience", "Auth__DemoUsersEnabled",
            "Auth__KeyCertificate", "WEBSITE_LOAD_CERTIFICATES", "ASPNETCORE_FORWARDEDHEADERS_ENABLED"]), settings.Keys.ToHashSet());
        Assert.DoesNotContain(settings.Keys, k => k.Contains("ConnectionString", StringComparison.Ordinal) && k.StartsWith("Storage", StringComparison.Ordinal));
        Assert.False(template.Json["parameters"]!["demoUsersEnabled"]!["defaultValue"]!.GetValue<bool>());
        Assert.Equal(["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "ba92f5b4-2d11-453d-a403-e96b0029c9fe"],
            template.Json["variables"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Order());
    }

    [Theory]
    [InlineData(QueueNames.Ingest)]
    [InlineData(QueueNames.Chunks)]
    [InlineData(QueueNames.CaseFlows)]
    public async Task MainBicep_EachWorkQueue_HasExactlyOneConsumer(string queue)
    {
        // Arrange
        CompiledTemplate template = await BuildAsync();
        string name = template.Host["Storage__Prefix"] + "-" + queue;

        // Act
        List<string> consumers = [.. HostConsumes(template.Host).Contains(queue) ? ["host"] : Array.Empty<string>(),
            .. FunctionsConsuming(template.Functions, name)];

        // Assert
        Assert.Equal(template.Host["Storage__Prefix"], template.Functions["Storage__Prefix"]);
        Assert.Single(consumers);
    }

    [Fact]
    public async Task MainBicep_BothApps_NameTheSamePackAndShipIt()
    {
        // Act
        CompiledTemplate template = await BuildAsync();

        // Assert
        Assert.Equal(template.Host["Packs__Path"], template.Functions["Packs__Path"]);
        Assert.Equal("packs/local/pack.json", template.Host["Packs__Path"]);
        // The Functions app's build output (copied beside these tests) holds that pack.
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, template.Functions["Packs__Path"])));
    }

    [Fact]
    public async Task MainBicep_BothApps_FoldExtractsThroughTheSameDictionaries()
    {
        // Act
        CompiledTemplate template = await BuildAsync();

        // Assert
        Assert.Equal(template.Host["National__Dictionaries"], template.Functions["National__Dictionaries"]);
        Assert.Equal("", template.Functions["National__Dictionaries"]);
        Assert.Equal("", template.Json["parameters"]!["nationalDictionaries"]!["defaultValue"]!.GetValue<string>());
    }

    [Fact]
    public async Task MainBicep_BothApps_ShareOneTaskHub()
    {
        // Act
        CompiledTemplate template = await BuildAsync();
        string hubName = FunctionsMetadataTests.Read("host.json")["extensions"]!["durableTask"]!["hubName"]!.GetValue<string>();

        // Assert
        Assert.Equal("%TaskHub%", hubName);
        Assert.Equal(template.Host["Durable__TaskHub"], template.Functions["TaskHub"]);
    }

    /// <summary>The web host receives every work queue unless Workers__Enabled is false (its appsettings.json default is true).</summary>
    private static string[] HostConsumes(IReadOnlyDictionary<string, string> settings)
    {
        JsonNode appsettings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "functions", "SmartReview.Host", "appsettings.json")))!;
        bool enabled = settings.TryGetValue("Workers__Enabled", out string? value)
            ? bool.Parse(value)
            : appsettings["Workers"]!["Enabled"]!.GetValue<bool>();
        return enabled ? [QueueNames.Ingest, QueueNames.Chunks, QueueNames.CaseFlows] : [];
    }

    /// <summary>The Functions app's queue triggers whose queue, with its app settings filled in, is <paramref name="queue"/>.</summary>
    private static IEnumerable<string> FunctionsConsuming(IReadOnlyDictionary<string, string> settings, string queue) =>
        FunctionsMetadataTests.Read("functions.metadata").AsArray()
            .SelectMany(f => f!["bindings"]!.AsArray().Select(b => (Function: f["name"]!.GetValue<string>(), Binding: b!)))
            .Where(x => x.Binding["type"]!.GetValue<string>() == "queueTrigger")
            .Where(x => Resolve(x.Binding["queueName"]!.GetValue<string>(), settings) == queue)
            .Select(x => "functions:" + x.Function);

    private static string Resolve(string name, IReadOnlyDictionary<string, string> settings) =>
        System.Text.RegularExpressions.Regex.Replace(name, "%([^%]+)%", m => settings.TryGetValue(m.Groups[1].Value, out string? v) ? v : m.Value);

    private static async Task<CompiledTemplate> BuildAsync()
    {
        (int exit, CompiledTemplate? template, string diagnostics) = await CompiledTemplate.BuildAsync(MainBicep, TestContext.Current.CancellationToken);
        Assert.True(exit == 0 && diagnostics.Length == 0, $"bicep exit {exit}: {diagnostics}");
        return template!;
    }
}
