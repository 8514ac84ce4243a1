using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Host.Api;
using SmartReview.Storage;
using SmartReview.Storage.Cases;
using SmartReview.Storage.Queues;

namespace SmartReview.Host;

/// <summary>The host's own services: the queue workers and the HTTP API (the durable engine: SmartReview.Workflow.Local).</summary>
internal static class DependencyInjection
{
    /// <summary>The ingest and chunk queue workers of the <c>Workers</c> section, unless <c>Workers:Enabled</c> is false, and the dashboard figures' loop.</summary>
    public static IServiceCollection AddWorkers(this IServiceCollection services, IConfiguration config) =>
        services.AddQueueWorkers(WorkerSettings.From(config)).AddFigureRefresh(Application.AppSettings.Reports(config));

    /// <summary>The HTTP API: health, the OpenAPI document and the work-list queries (JSON and problem details: the edge's).</summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddSingleton<ICaseAssignments, TableCaseAssignments>();
        services.AddSingleton<AssignmentHandler>();
        services.AddSingleton<NextCase>();
        services.AddSingleton<BulkDecision>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", timeout: TimeSpan.FromSeconds(10));
        return services;
    }
}
