using SmartReview.Storage;

namespace SmartReview.Host.Workers;

/// <summary>Creates the missing tables, containers and queues at start; registered first, so it runs before the workers.</summary>
internal sealed class StorageSetup(StorageAccount account) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => account.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
