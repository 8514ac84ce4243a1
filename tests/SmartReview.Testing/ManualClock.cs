namespace SmartReview.Testing;

/// <summary>A clock the test moves by hand, for deadlines.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
