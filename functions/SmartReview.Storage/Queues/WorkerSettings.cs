using Microsoft.Extensions.Configuration;

namespace SmartReview.Storage.Queues;

/// <summary>
/// The <c>Workers</c> section of a host that receives the queues itself (the web host locally; in Azure the Functions
/// app's triggers do, and the web host runs with <see cref="Enabled"/> false). <see cref="VisibilitySeconds"/> is how
/// long a received message stays hidden: after a crash, that long until another worker takes it again (the host's
/// queues and the Durable Task engine's). <see cref="Instance"/> names this process in the logs.
/// </summary>
public sealed record WorkerSettings
{
    public bool Enabled { get; init; } = true;

    public int IngestConcurrency { get; init; } = 1;

    public int ChunkConcurrency { get; init; } = 4;

    public int CaseFlowConcurrency { get; init; } = 4;

    public int VisibilitySeconds { get; init; } = 300;

    public string Instance { get; init; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    public TimeSpan Visibility => TimeSpan.FromSeconds(VisibilitySeconds);

    public static WorkerSettings From(IConfiguration config) => config.GetSection("Workers").Get<WorkerSettings>() ?? new WorkerSettings();
}
