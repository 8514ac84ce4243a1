using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Application.Reports;
using SmartReview.Host.Api;
using SmartReview.Host.Workers;
using SmartReview.Storage.Cases;

namespace SmartReview.Host;

/// <summary>The host's own services: storage set-up at start, the background workers, the HTTP API (the durable deadlines: Durable/).</summary>
internal static class DependencyInjection
{
    /// <summary>Creates missing tables, containers and queues before any worker starts.</summary>
    public static IServiceCollection AddStorageSetup(this IServiceCollection services) =>
        services.AddHostedService<StorageSetup>();

    /// <summary>The ingest and chunk queue workers, unless <c>Workers:Enabled</c> is false.</summary>
    public static IServiceCollection AddWorkers(this IServiceCollection services, WorkerSettings settings)
    {
        services.TryAddSingleton(settings);
        if (settings.Enabled)
        {
            services.AddHostedService<IngestWorker>();
            services.AddHostedService<ChunkWorker>();
        }

        return services;
    }

    /// <summary>The HTTP API: JSON contexts, problem details, health, the OpenAPI document and the work-list queries.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, HostJsonContext.Default);
            o.SerializerOptions.AllowOutOfOrderMetadataProperties = true;
            // Chinese as is, but '<', '>', '&' and quotes escaped: free text never reads as markup.
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddSingleton<ICaseQueries, TableCaseQueries>();
        services.AddSingleton<ICaseClaims, TableCaseClaims>();
        services.AddSingleton<ClaimHandler>();
        services.AddSingleton<NextCase>();
        services.AddSingleton<BulkDecision>();
        services.Replace(ServiceDescriptor.Singleton(s => s.GetRequiredService<IConfiguration>().GetSection("Reports").Get<DashboardSettings>() ?? new DashboardSettings()));
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", timeout: TimeSpan.FromSeconds(10));
        return services;
    }
}
