using Microsoft.Extensions.DependencyInjection;
using SmartReview.Application.Cases;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Storage.Batches;
using SmartReview.Storage.Cases;
using SmartReview.Storage.Evidence;
using SmartReview.Storage.History;
using SmartReview.Storage.Queues;
using SmartReview.Storage.Reports;

namespace SmartReview.Storage;

/// <summary>Registers the storage account and the ports the application handlers need, implemented on it.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Adds <see cref="StorageAccount"/> and, as singletons, the batch store, batch files, case store, stay buckets, evidence files and
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
        services.AddSingleton<IStayBuckets, BlobStayBuckets>();
        services.AddSingleton<IReportSource, TableReportSource>();
        services.AddSingleton<IEvidenceFiles, BlobEvidenceFiles>();
        services.AddSingleton(s => s.GetRequiredService<StorageAccount>().IngestQueue);
        services.AddSingleton<IWorkQueue<IngestMessage>>(s => s.GetRequiredService<StorageQueue<IngestMessage>>());
        services.AddSingleton(s => s.GetRequiredService<StorageAccount>().ChunkQueue);
        services.AddSingleton<IWorkQueue<ChunkMessage>>(s => s.GetRequiredService<StorageQueue<ChunkMessage>>());
        services.AddSingleton(s => s.GetRequiredService<StorageAccount>().CaseFlowQueue);
        services.AddSingleton<IWorkQueue<CaseFlow>>(s => s.GetRequiredService<StorageQueue<CaseFlow>>());
        return services;
    }
}
