namespace SmartReview.Application.Ports;

/// <summary>A queue of work messages. Delivery is at least once; handlers make it exactly once in effect.</summary>
public interface IWorkQueue<in T>
{
    Task SendAsync(T message, CancellationToken cancel);
}
