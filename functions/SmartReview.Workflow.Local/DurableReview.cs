using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SmartReview.Storage;
using SmartReview.Storage.Queues;

namespace SmartReview.Workflow.Local;

/// <summary>
/// The review flow on the Durable Task engine in this process: the sidecar, the Durable Task client and, with the
/// workers on, the worker, the deadline catch-up and the case-flow queue's worker.
/// </summary>
public static class DurableReview
{
    /// <summary>The same, with the <c>Storage</c>, <c>Durable</c> and <c>Workers</c> sections of <paramref name="config"/>.</summary>
    public static IServiceCollection AddDurableReview(this IServiceCollection services, IConfiguration config) =>
        services.AddDurableReview(StorageOptions.From(config), DurableSettings.From(config), WorkerSettings.From(config));

    /// <summary>
    /// The sidecar and the client (so every handler arms the deadlines it sets, through <c>IDeadlineTimers</c>) and the
    /// worker settings the sidecar reads; with <see cref="WorkerSettings.Enabled"/> also the worker running the review
    /// orchestrations, the worker starting and telling case orchestrations from the case-flow queue and, at start, the
    /// catch-up. Registered after the storage and before the queue workers.
    /// </summary>
    public static IServiceCollection AddDurableReview(this IServiceCollection services, StorageOptions storage, DurableSettings settings,
        WorkerSettings workers)
    {
        var channel = new SidecarChannel();
        services.AddSingleton(settings);
        services.TryAddSingleton(workers);
        services.AddSingleton(channel);
        services.AddHostedService(s => ActivatorUtilities.CreateInstance<DurableSidecar>(s, storage));
        services.AddDurableTaskClient(b =>
        {
            b.UseGrpc(channel.Channel);
            b.RegisterDirectly();
        });
        services.AddDeadlineTimers();
        if (workers.Enabled)
        {
            services.AddDurableTaskWorker(b =>
            {
                b.AddTasks(r => r.AddReviewOrchestrations());
                b.UseGrpc(channel.Channel);
                b.Configure(o =>
                {
                    o.Concurrency.MaximumConcurrentOrchestrationWorkItems = settings.OrchestrationConcurrency;
                    o.Concurrency.MaximumConcurrentActivityWorkItems = settings.ActivityConcurrency;
                });
            });
            services.AddHostedService<DeadlineCatchUp>();
            services.AddCaseFlowStarter();
            services.AddQueueWorker(QueueNames.CaseFlows, a => a.CaseFlowQueue, workers.CaseFlowConcurrency);
        }

        return services;
    }
}
