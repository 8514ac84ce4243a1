using Microsoft.Extensions.Diagnostics.HealthChecks;
using SmartReview.Application.Ports;

namespace SmartReview.Host.Api;

/// <summary>Healthy when the batches table answers a point read (of a batch that does not exist).</summary>
internal sealed class StorageHealthCheck(IBatchStore batches) : IHealthCheck
{
    private const string Probe = "health-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await batches.GetAsync(Probe, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("storage unreachable", e);
        }
    }
}
