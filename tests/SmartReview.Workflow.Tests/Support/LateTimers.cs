using SmartReview.Application.Ports;

namespace SmartReview.Workflow.Tests.Support;

/// <summary>Timers for the worker's activities, whose client exists only once the test host has started.</summary>
internal sealed class LateTimers : IDeadlineTimers
{
    public IDeadlineTimers? Inner { get; set; }

    public Task ArmAsync(IReadOnlyCollection<DateTimeOffset> dueUtc, CancellationToken cancel) =>
        (Inner ?? throw new InvalidOperationException("the test host has not started")).ArmAsync(dueUtc, cancel);
}
