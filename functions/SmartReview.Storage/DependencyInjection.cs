using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartReview.Application.Cases;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Storage.Batches;
using SmartReview.Storage.Cases;
using SmartReview.Storage.Evidence;
using SmartReview.Storage.History;
using SmartReview.Storage.Queues;
using SmartReview.Storage.Reports;
using SmartReview.Storage.Sessions;

namespace SmartReview.Storage;

/// <summary>Registers the storage account and the ports the application handlers need, implemented on it.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// The storage of the <c>Storage</c> section (<c>Storage__ConnectionString</c>, <c>__AccountName</c>, <c>__AccountUrl</c>,
    /// <c>__Prefix</c>; empty means unset) and, at start, the set-up that creates missing tables, containers and queues.
    /// Call it before any worker is registered, so the set-up runs first.
    /// </summary>
    public static IServiceCollection AddSmartReviewStorage(this IServiceCollection services, IConfiguration config) =>
        services.AddSmartReviewStorage(StorageOptions.From(config)).AddHostedService<StorageSetup>();

    /// <summary>
    /// Adds <see cref="StorageAccount"/> and, as singletons, the batch store, batch files, case store, stay buckets, evidence files, sign-in sessions and
    /// the ingest, chunk and case-flow queues (each also under its concrete type, for hosts that need more than the port).
    /// </summary>
    public static IServiceCollection AddSmartReviewStorage(this IServiceCollection services, StorageOptions options)
    {
        services.AddSingleton(_ => new StorageAccount(options));
        services.AddSingleton<TableBatchStore>();
        services.AddSingleton<IBatchStore>(s => s.GetRequiredService<TableBatchStore>());
        services.AddSingleton<BlobBatchFiles>();
        services.AddSingleton<IBatchFiles>(s => s.GetRequiredService<BlobBatchFiles>());
        services.AddSingleton<TableCaseStore>();
        services.AddSingleton<ICaseStore>(s => s.GetRequiredService<TableCaseStore>());
        services.AddSingleton<ICaseQueries, TableCaseQueries>();
        services.AddSingleton<IFacilities, TableFacilities>();
        services.AddSingleton<IStayBuckets, BlobStayBuckets>();
        services.AddSingleton<IDoctorPoints, Points.TableDoctorPoints>();
        services.AddSingleton<IIndicatorTallies, Indicators.TableIndicatorTallies>();
        services.AddSingleton<IReportSource, TableReportSource>();
        services.AddSingleton<IFigureStore, TableFigureStore>();
        services.AddSingleton<IFacilityNames, TableFacilityNames>();
        services.AddSingleton<IEvidenceFiles, BlobEvidenceFiles>();
        services.AddSingleton<ISignInSessions, TableSignInSessions>();
        services.AddSingleton(s => s.GetRequiredService<StorageAccount>().IngestQueue);
        services.AddSingleton<IWorkQueue<IngestMessage>>(s => s.GetRequiredService<StorageQueue<IngestMessage>>());
        services.AddSingleton(s => s.GetRequiredService<StorageAccount>().ChunkQueue);
        services.AddSingleton<IWorkQueue<ChunkMessage>>(s => s.GetRequiredService<StorageQueue<ChunkMessage>>());
        services.AddSingleton(s => s.GetRequiredService<StorageAccount>().CaseFlowQueue);
        services.AddSingleton<IWorkQueue<CaseFlow>>(s => s.GetRequiredService<StorageQueue<CaseFlow>>());
        return services;
    }

    /// <summary>
    /// The queue workers of the <c>Workers</c> section (<see cref="WorkerSettings"/>, registered in any case): ingest and
    /// chunks, unless <see cref="WorkerSettings.Enabled"/> is false (in Azure the Functions app's triggers take them).
    /// </summary>
    public static IServiceCollection AddQueueWorkers(this IServiceCollection services, WorkerSettings settings)
    {
        services.TryAddSingleton(settings);
        return settings.Enabled
            ? services.AddQueueWorker(QueueNames.Ingest, a => a.IngestQueue, settings.IngestConcurrency)
                .AddQueueWorker(QueueNames.Chunks, a => a.ChunkQueue, settings.ChunkConcurrency)
            : services;
    }

    /// <summary>The loop that keeps the dashboard figures current (every <c>Reports:RefreshSeconds</c>; none when 0).</summary>
    public static IServiceCollection AddFigureRefresh(this IServiceCollection services, Application.Reports.DashboardSettings settings) =>
        settings.RefreshSeconds > 0 ? services.AddHostedService<FigureRefreshWorker>() : services;

    /// <summary>A worker receiving one queue for its registered <see cref="IQueueConsumer{T}"/>.</summary>
    public static IServiceCollection AddQueueWorker<T>(this IServiceCollection services, string queueName, Func<StorageAccount, StorageQueue<T>> queue,
        int concurrency) =>
        services.AddSingleton<IHostedService>(s =>
        {
            StorageAccount account = s.GetRequiredService<StorageAccount>();
            return new QueueWorker<T>(account, queueName, queue(account), s.GetRequiredService<IQueueConsumer<T>>(), concurrency,
                s.GetRequiredService<WorkerSettings>(), s.GetRequiredService<ILogger<QueueWorker<T>>>());
        });
}
