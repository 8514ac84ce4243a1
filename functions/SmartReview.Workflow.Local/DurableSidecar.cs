using System.Net;
using Azure.Identity;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using SmartReview.Storage;
using SmartReview.Storage.Queues;

namespace SmartReview.Workflow.Local;

/// <summary>
/// The Durable Task sidecar inside this process: <see cref="TaskHubGrpcServer"/> over DurableTask.AzureStorage (the
/// engine Durable Functions uses) on the host's storage account or the task hub's own, served over HTTP/2 on 127.0.0.1 only. At start it
/// creates the task hub's queues, tables and containers if missing. It dispatches work once a worker connects, each
/// work item's messages reconciled with the instance's history first (<see cref="ReconcilingOrchestrationService"/>).
/// </summary>
internal sealed class DurableSidecar(StorageOptions storage, DurableSettings settings, WorkerSettings workers, SidecarChannel channel,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private WebApplication? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        string hub = settings.HubName(storage.Prefix);
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = hub,
            StorageAccountClientProvider = settings.ConnectionString is { Length: > 0 } own ? new StorageAccountClientProvider(own) : ClientProvider(storage),
            WorkerId = workers.Instance,
            MaxConcurrentTaskOrchestrationWorkItems = settings.OrchestrationConcurrency,
            MaxConcurrentTaskActivityWorkItems = settings.ActivityConcurrency,
            // After a crash, the engine's messages the dead process held come back as soon as the host's own do.
            ControlQueueVisibilityTimeout = workers.Visibility,
            WorkItemQueueVisibilityTimeout = workers.Visibility,
            // A start refused for a live instance throws (StartOnce then tells it), as Durable Functions sets it.
            ThrowExceptionOnInvalidDedupeStatus = true,
            // One app on the hub: any live process may work; no app lease to wait for after a crash.
            UseAppLease = false,
            LoggerFactory = loggers,
        });
        await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);

        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, settings.Port, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton<ILoggerFactory>(new SidecarLoggers(loggers)).AddLogging().AddRouting().AddGrpc();
        builder.Services.AddSingleton<IHostLifetime, SidecarLifetime>();
        builder.Services.AddSingleton<IOrchestrationService>(new ReconcilingOrchestrationService(service));
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        _server = builder.Build();
        _server.MapGrpcService<TaskHubGrpcServer>();
        await _server.StartAsync(cancellationToken).ConfigureAwait(false);

        string address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var bound = new Uri(address);
        channel.Listening(new IPEndPoint(IPAddress.Loopback, bound.Port));
        Log.SidecarListening(loggers.CreateLogger<DurableSidecar>(), hub, bound.Port);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _server?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static StorageAccountClientProvider ClientProvider(StorageOptions storage)
    {
        if (storage.ConnectionString is { } connection)
        {
            return new StorageAccountClientProvider(connection);
        }

        AccountEndpoints endpoints = AccountEndpoints.From(storage);
        return new StorageAccountClientProvider(endpoints.Blob, endpoints.Queue, endpoints.Table, new DefaultAzureCredential());
    }
}
