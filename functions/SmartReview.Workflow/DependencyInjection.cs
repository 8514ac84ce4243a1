using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SmartReview.Application.Ports;

namespace SmartReview.Workflow;

/// <summary>The review flow's orchestrations for any Durable Task host, and the deadline timers that start them.</summary>
public static class DependencyInjection
{
    /// <summary>Arms deadlines through the registered <see cref="DurableTaskClient"/>.</summary>
    public static IServiceCollection AddDeadlineTimers(this IServiceCollection services)
    {
        services.TryAddSingleton<IDeadlineTimers>(s => new DurableDeadlineTimers(s.GetRequiredService<DurableTaskClient>()));
        return services;
    }

    /// <summary>Registers the orchestrator and its activity with a Durable Task worker.</summary>
    public static DurableTaskRegistry AddReviewOrchestrations(this DurableTaskRegistry registry) =>
        registry.AddOrchestrator<DeadlineOrchestrator>().AddActivity<PassDeadlinesActivity>();
}
