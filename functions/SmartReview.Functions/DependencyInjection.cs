using System.Text.Encodings.Web;
using System.Text.Unicode;
using SmartReview.Application.Ports;

namespace SmartReview.Functions;

/// <summary>The app's own services: storage set-up at start, the per-invocation deadline timers, the caller's claims, HTTP JSON.</summary>
internal static class DependencyInjection
{
    public static IServiceCollection AddSmartReviewFunctions(this IServiceCollection services, CallerClaims claims)
    {
        services.AddHostedService<StorageSetup>();
        services.AddSingleton<IDeadlineTimers, InvocationDeadlineTimers>();
        services.AddSingleton(claims);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, FunctionsJsonContext.Default);
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        return services;
    }
}
