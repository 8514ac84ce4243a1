using SmartReview.Application.Ports;

namespace SmartReview.Functions;

/// <summary>The app's own services: the per-invocation deadline timers.</summary>
internal static class DependencyInjection
{
    public static IServiceCollection AddSmartReviewFunctions(this IServiceCollection services) =>
        services.AddSingleton<IDeadlineTimers, InvocationDeadlineTimers>();
}
