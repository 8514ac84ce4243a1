using SmartReview.Application.Cases;
using SmartReview.Application.Ports;

namespace SmartReview.Workflow;

/// <summary>
/// The case-flow queue: each message (a person's decision) handed to the case's orchestration, starting it at the
/// first. A flow that never got there is only logged: the instant's deadline timer still passes the case's deadline.
/// </summary>
public sealed class CaseFlowConsumer(CaseFlowStarter starter) : IQueueConsumer<CaseFlow>
{
    public string Describe(CaseFlow message) => $"case flow {message.FacilityId}.{message.CaseId} v{message.Version}";

    public Task HandleAsync(CaseFlow message, CancellationToken cancel) => starter.TellAsync(message, cancel);

    public Task PoisonedAsync(CaseFlow message, string error, CancellationToken cancel) => Task.CompletedTask;
}
