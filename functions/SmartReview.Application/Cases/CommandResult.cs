using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>What a command did: the case after it and the events appended, or why nothing was written.</summary>
public sealed record CommandResult(CommandStatus Status, ReviewCase? Case, IReadOnlyList<CaseEvent> Events, Rejection? Rejection)
{
    public static CommandResult NotFound { get; } = new(CommandStatus.NotFound, null, [], null);

    public static CommandResult Conflict(ReviewCase seen) => new(CommandStatus.Conflict, seen, [], null);
}
