using Microsoft.DurableTask.Client;
using SmartReview.Application.Ports;
using SmartReview.Workflow;

namespace SmartReview.Functions;

/// <summary>
/// <see cref="IDeadlineTimers"/> for the singleton handlers, on the Durable client of the running invocation. The
/// isolated worker makes a <see cref="DurableTaskClient"/> only from a <c>[DurableClient]</c> binding (the host sends its
/// endpoint with each invocation), so a function that may arm deadlines takes one and wraps its handler call in
/// <see cref="Use"/>; arming anywhere else fails loudly instead of losing a timer.
/// </summary>
internal sealed class InvocationDeadlineTimers : IDeadlineTimers
{
    private static readonly AsyncLocal<DurableDeadlineTimers?> Current = new();

    /// <summary>Arms through <paramref name="client"/> until the returned scope is disposed (on this async flow only).</summary>
    public static IDisposable Use(DurableTaskClient client)
    {
        Current.Value = new DurableDeadlineTimers(client);
        return new Scope();
    }

    public Task ArmAsync(IReadOnlyCollection<DateTimeOffset> dueUtc, CancellationToken cancel) =>
        dueUtc.Count == 0 ? Task.CompletedTask
            : (Current.Value ?? throw new InvalidOperationException("no Durable client in this invocation: take [DurableClient] and call Use")).ArmAsync(dueUtc, cancel);

    private sealed class Scope : IDisposable
    {
        public void Dispose() => Current.Value = null;
    }
}
