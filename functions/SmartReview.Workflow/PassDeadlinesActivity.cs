using Microsoft.DurableTask;
using SmartReview.Application.Cases;

namespace SmartReview.Workflow;

/// <summary>Runs the deadline sweep when a timer fires; returns how many cases took a deadline outcome. Safe to run twice.</summary>
public sealed class PassDeadlinesActivity(DeadlineSweep sweep) : TaskActivity<DateTimeOffset, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, DateTimeOffset input) => sweep.RunAsync(CancellationToken.None);
}
