namespace SmartReview.Application.Cases;

/// <summary>
/// How many cases a work list holds: exact from the maintained counters when narrowed by stage, facility and rule
/// only; otherwise counted up to a bound, and <see cref="AtLeast"/> says the list holds more than <see cref="Count"/>.
/// </summary>
public sealed record QueueCount(long Count, bool AtLeast);
