using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartReview.Application;
using SmartReview.Application.Ingest;
using SmartReview.Review;
using SmartReview.Rules.Engine;
using SmartReview.Storage;
using SmartReview.Storage.Queues;
using SmartReview.Workflow.Local;

namespace SmartReview.Benchmarks.Durable;

/// <summary>
/// The host's services on one Azurite, composed as the host composes them: storage, the handlers and the durable
/// deadlines (sidecar on DurableTask.AzureStorage, client, worker and catch-up). No HTTP API and no queue workers:
/// the measures drive the handlers themselves.
/// </summary>
internal sealed class DurableRig : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TableClient _instances;

    private DurableRig(IHost host, TableClient instances)
    {
        _host = host;
        _instances = instances;
    }

    public IServiceProvider Services => _host.Services;

    public static async Task<DurableRig> StartAsync(string connectionString, CompiledPack pack)
    {
        var storage = new StorageOptions { ConnectionString = connectionString, Prefix = "bench" };
        var durable = new DurableSettings();
        HostApplicationBuilder builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // The storage engine warns of each start message it sees before its instance row (it tries again); errors only.
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("DurableTask", LogLevel.Error);
        builder.Services
            .AddSmartReviewStorage(storage)
            .AddSmartReviewApplication(pack, new IngestSettings(), new ReviewSettings())
            .AddDurableReview(storage, durable, new WorkerSettings());
        IHost host = builder.Build();
        await host.Services.GetRequiredService<StorageAccount>().EnsureCreatedAsync();
        await host.StartAsync();
        return new DurableRig(host, new TableClient(connectionString, durable.HubName(storage.Prefix) + "Instances"));
    }

    /// <summary>Orchestration instances in the task hub, all or those with one runtime status ("Pending", "Running", …), of any orchestrator or only cases'.</summary>
    public async Task<int> CountInstancesAsync(string? status = null, bool casesOnly = false)
    {
        var filters = new List<string>();
        if (status is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"RuntimeStatus eq {status}"));
        }

        if (casesOnly)
        {
            // Every case's instance id starts "case|" (CaseInstance.IdOf); '}' is the character after '|'.
            filters.Add("PartitionKey ge 'case|' and PartitionKey lt 'case}'");
        }

        string? filter = filters.Count == 0 ? null : string.Join(" and ", filters);
        int count = 0;
        await foreach (TableEntity _ in _instances.QueryAsync<TableEntity>(filter, select: ["PartitionKey"]))
        {
            count++;
        }

        return count;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
