using SmartReview.Host.Auth;

namespace SmartReview.Host.Tests.Auth;

/// <summary>
/// The failed-login limit on a hand-moved clock: five failures of one user name in five minutes lock that name until
/// the window passes; an address is slowed past ten failures, never locked.
/// </summary>
public sealed class LoginThrottleTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RetryAfter_FiveFailuresOfOneUser_BlocksUntilTheFirstIsFiveMinutesOld()
    {
        var clock = new Clock { Now = Start };
        var throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            Assert.Null(throttle.RetryAfter("rev-1"));
            throttle.Failed("rev-1", $"10.0.0.{i + 1}");
            clock.Now += TimeSpan.FromSeconds(30);
        }

        TimeSpan? blocked = throttle.RetryAfter("REV-1");
        TimeSpan? otherUser = throttle.RetryAfter("rev-2");
        clock.Now = Start + LoginThrottle.Window - TimeSpan.FromSeconds(1);
        TimeSpan? stillBlocked = throttle.RetryAfter("rev-1");
        clock.Now = Start + LoginThrottle.Window;
        TimeSpan? free = throttle.RetryAfter("rev-1");

        Assert.Equal(LoginThrottle.Window - TimeSpan.FromSeconds(150), blocked);
        Assert.Null(otherUser);
        Assert.Equal(TimeSpan.FromSeconds(1), stillBlocked);
        Assert.Null(free);
    }

    [Fact]
    public void RetryAfter_ManyFailuresFromOneAddress_LocksNoOtherUser_ButSlowsTheAddress()
    {
        var clock = new Clock { Now = Start };
        var throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.AddressSlowAfter - 1; i++)
        {
            throttle.Failed($"typo-{i}", "10.0.0.7");
        }

        TimeSpan belowSlow = throttle.Delay("10.0.0.7");
        throttle.Failed("typo-x", "10.0.0.7");
        TimeSpan slowed = throttle.Delay("10.0.0.7");
        for (int i = 0; i < 20; i++)
        {
            throttle.Failed($"guess-{i}", "10.0.0.7");
        }

        Assert.Null(throttle.RetryAfter("sup-1"));
        Assert.Equal(TimeSpan.Zero, belowSlow);
        Assert.Equal(TimeSpan.FromSeconds(1), slowed);
        Assert.Equal(LoginThrottle.MaxAddressDelay, throttle.Delay("10.0.0.7"));
        Assert.Equal(TimeSpan.Zero, throttle.Delay("10.0.0.8"));
        clock.Now += LoginThrottle.Window;
        Assert.Equal(TimeSpan.Zero, throttle.Delay("10.0.0.7"));
    }

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
