using Microsoft.Extensions.Hosting;
using SmartReview.Storage;

namespace SmartReview.Functions;

/// <summary>Creates the missing tables, containers and queues when the worker starts, as the host does.</summary>
internal sealed class StorageSetup(StorageAccount account) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => account.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
