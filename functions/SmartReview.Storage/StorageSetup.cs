using Microsoft.Extensions.Hosting;

namespace SmartReview.Storage;

/// <summary>Creates the missing tables, containers and queues at start; registered with the storage, before any worker.</summary>
internal sealed class StorageSetup(StorageAccount account) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => account.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
