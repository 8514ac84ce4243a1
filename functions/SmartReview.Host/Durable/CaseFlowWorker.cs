using SmartReview.Application.Cases;
using SmartReview.Host.Workers;
using SmartReview.Storage;
using SmartReview.Storage.Queues;
using SmartReview.Workflow;

namespace SmartReview.Host.Durable;

/// <summary>Hands each queued <see cref="CaseFlow"/> (a person's decision) to the case's orchestration, starting it at the first.</summary>
internal sealed class CaseFlowWorker(StorageAccount account, CaseFlowStarter starter, WorkerSettings settings, ILogger<CaseFlowWorker> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PumpLoop.RunAsync(QueueNames.CaseFlows, stop => new QueuePump<CaseFlow>(account.CaseFlowQueue, account.Queue(QueueNames.CaseFlows + QueueNames.PoisonSuffix),
            HandleAsync, PoisonedAsync, settings.CaseFlowConcurrency, visibility: settings.Visibility).RunAsync(stop), log, stoppingToken);

    private async Task HandleAsync(CaseFlow flow, CancellationToken cancel)
    {
        try
        {
            await starter.TellAsync(flow, cancel);
        }
        catch (Exception e) when (!cancel.IsCancellationRequested)
        {
            Log.CaseFlowFailed(log, e, flow.CaseId, flow.FacilityId, flow.Version);
            throw;
        }
    }

    private Task PoisonedAsync(CaseFlow flow, string error, CancellationToken cancel)
    {
        Log.CaseFlowPoisoned(log, flow.CaseId, flow.FacilityId, flow.Version, error);
        return Task.CompletedTask;
    }
}
