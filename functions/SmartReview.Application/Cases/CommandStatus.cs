namespace SmartReview.Application.Cases;

/// <summary>
/// How a command on a case ended: done; no such case (also what a facility is told about another facility's case);
/// refused by the review flow; or lost a race to someone who changed the case first.
/// </summary>
public enum CommandStatus { Done, NotFound, Rejected, Conflict }
