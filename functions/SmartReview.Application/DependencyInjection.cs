using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SmartReview.Application.Cases;
using SmartReview.Application.Check;
using SmartReview.Application.Evidence;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Application.Reports;
using SmartReview.National;
using SmartReview.Review;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;

namespace SmartReview.Application;

/// <summary>Registers the handlers and their settings; the ports they need come from a storage adapter.</summary>
public static class DependencyInjection
{
    /// <summary>The handlers with the settings of <paramref name="config"/> (<see cref="AppSettings"/>): pack, ingest, national dictionaries, review, evidence, reports.</summary>
    public static IServiceCollection AddSmartReviewApplication(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(AppSettings.Evidence(config));
        services.AddSingleton(AppSettings.Reports(config));
        services.AddSingleton(AppSettings.Panel(config));
        services.AddSingleton(AppSettings.Dictionaries(config));
        return services.AddSmartReviewApplication(AppSettings.Pack(config), AppSettings.Ingest(config), AppSettings.Review(config));
    }

    /// <summary>
    /// Adds the upload, ingest, batch rejects, chunk, case-command, deadline, real-time check and evidence-upload handlers and the settlement
    /// archive as singletons (evidence limits: an <see cref="EvidenceSettings"/> registered before, else the defaults; a national extract's
    /// code tables: a <see cref="NationalDictionaries"/> registered before, else the defaults), scoring against
    /// <paramref name="pack"/> (compiled, so validated, before this is called) on the China working calendar.
    /// </summary>
    public static IServiceCollection AddSmartReviewApplication(this IServiceCollection services, CompiledPack pack, IngestSettings ingest,
        ReviewSettings review)
    {
        review.Validate();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new PackRegistry(pack));
        services.AddSingleton(ingest);
        services.AddSingleton(review);
        services.AddSingleton(WorkingCalendar.China);
        services.AddSingleton<IngestHandler>();
        services.AddSingleton<BatchUpload>();
        services.AddSingleton<BatchRejects>();
        services.AddSingleton<Indicators.IndicatorCases>();
        services.AddSingleton<ChunkHandler>();
        services.AddSingleton<IQueueConsumer<IngestMessage>, IngestConsumer>();
        services.AddSingleton<IQueueConsumer<ChunkMessage>, ChunkConsumer>();
        services.AddSingleton<CaseCommandHandler>();
        services.AddSingleton<CaseOpener>();
        services.TryAddSingleton(new PanelSettings());
        services.AddSingleton<VoteVisibility>();
        services.AddSingleton<DeadlineSweep>();
        services.AddSingleton<StayCache>();
        services.AddSingleton<RealTimeCheck>();
        services.TryAddSingleton(new DashboardSettings());
        services.AddSingleton<DashboardBuilder>();
        services.AddSingleton<FigureRefresher>();
        services.AddSingleton<DashboardService>();
        services.AddSingleton<ExportCases>();
        services.AddSingleton<ReportExports>();
        services.TryAddSingleton(new EvidenceSettings());
        services.TryAddSingleton(NationalDictionaries.Default);
        services.AddSingleton<EvidenceUpload>();
        services.AddSingleton<SettlementArchive>();
        services.AddSingleton<Points.PointsRegister>();
        return services;
    }
}
