namespace SmartReview.Storage.Tests.Support;

/// <summary>A clock the test moves by hand, for deadlines.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
