using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;

namespace SmartReview.Workflow;

/// <summary>The review flow's orchestrations for any Durable Task host, the deadline timers and the case-flow starter.</summary>
public static class DependencyInjection
{
    /// <summary>Arms deadlines through the registered <see cref="DurableTaskClient"/>.</summary>
    public static IServiceCollection AddDeadlineTimers(this IServiceCollection services)
    {
        services.TryAddSingleton<IDeadlineTimers>(s => new DurableDeadlineTimers(s.GetRequiredService<DurableTaskClient>()));
        return services;
    }

    /// <summary>Starts and tells case orchestrations through the registered <see cref="DurableTaskClient"/>; the case-flow queue's consumer.</summary>
    public static IServiceCollection AddCaseFlowStarter(this IServiceCollection services)
    {
        services.TryAddSingleton(s => new CaseFlowStarter(s.GetRequiredService<DurableTaskClient>()));
        services.TryAddSingleton<IQueueConsumer<CaseFlow>, CaseFlowConsumer>();
        return services;
    }

    /// <summary>Registers the orchestrators (a due instant's timer, a case's flow) and their activities with a Durable Task worker.</summary>
    public static DurableTaskRegistry AddReviewOrchestrations(this DurableTaskRegistry registry) =>
        registry.AddOrchestrator<DeadlineOrchestrator>().AddActivity<PassDeadlinesActivity>()
            .AddOrchestrator<CaseOrchestrator>().AddActivity<PassCaseDeadlineActivity>();
}
