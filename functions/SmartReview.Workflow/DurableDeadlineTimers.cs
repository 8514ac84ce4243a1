using System.Collections.Concurrent;
using Microsoft.DurableTask.Client;
using SmartReview.Application.Ports;

namespace SmartReview.Workflow;

/// <summary>
/// Arms a deadline by starting the <see cref="DeadlineOrchestrator"/> of its instant, unless one is already pending or
/// running. Instants armed by this process are remembered, so a batch of thousands of cases costs one look-up per
/// instant. Two processes arming at once both see none and start it; the second start finds the instance and is ignored.
/// </summary>
public sealed class DurableDeadlineTimers(DurableTaskClient client) : IDeadlineTimers
{
    private readonly ConcurrentDictionary<string, bool> _armed = new();

    public async Task ArmAsync(IReadOnlyCollection<DateTimeOffset> dueUtc, CancellationToken cancel)
    {
        foreach (DateTimeOffset due in dueUtc)
        {
            string id = DeadlineInstance.IdOf(due);
            if (_armed.ContainsKey(id))
            {
                continue;
            }

            OrchestrationMetadata? existing = await client.GetInstanceAsync(id, cancel).ConfigureAwait(false);
            if (existing is null || existing.RuntimeStatus is OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated)
            {
                await client.StartOnceAsync(nameof(DeadlineOrchestrator), due, id, _ => true, cancel).ConfigureAwait(false);
            }

            _armed[id] = true;
        }
    }
}
