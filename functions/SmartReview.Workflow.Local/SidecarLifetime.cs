namespace SmartReview.Workflow.Local;

/// <summary>The sidecar's web host starts and stops with the host that owns it, never on its own (no Ctrl+C or SIGTERM handling).</summary>
internal sealed class SidecarLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
