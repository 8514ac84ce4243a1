namespace SmartReview.Application.Ports;

/// <summary>
/// Durable timers for the review deadlines: one per due instant (deadlines end at a China midnight, so a day's cases
/// share one). When a timer fires, the deadline sweep passes every deadline due by then. Arming an instant twice
/// arms it once.
/// </summary>
public interface IDeadlineTimers
{
    Task ArmAsync(IReadOnlyCollection<DateTimeOffset> dueUtc, CancellationToken cancel);
}
