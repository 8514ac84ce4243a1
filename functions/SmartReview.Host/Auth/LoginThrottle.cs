using System.Collections.Concurrent;

namespace SmartReview.Host.Auth;

/// <summary>
/// Failed sign-ins, counted per user name and per client address. A user name with <see cref="MaxFailures"/> failures
/// within <see cref="Window"/> is locked (429) until enough of them are older than the window. An address is never
/// locked, since a hospital's or a bureau's people share one: past <see cref="AddressSlowAfter"/> failures in the window
/// each attempt from it waits a second more (at most <see cref="MaxAddressDelay"/>), which slows guessing across names
/// without turning away a colleague with the right password. Successful sign-ins are not counted, and attempts turned
/// away are not checked (so they neither count nor tell a right password from a wrong one). In memory, so per host
/// instance: several instances each allow their own five; a shared store would be needed to count across them.
/// </summary>
internal sealed class LoginThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public const int AddressSlowAfter = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxAddressDelay = TimeSpan.FromSeconds(5);
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private int _recorded;

    /// <summary>How long until <paramref name="user"/> may try again; null when they may now.</summary>
    public TimeSpan? RetryAfter(string user)
    {
        DateTimeOffset now = clock.GetUtcNow();
        return _failures.TryGetValue(UserKey(user), out Queue<DateTimeOffset>? failures) && Blocked(failures, now) is { } until ? until - now : null;
    }

    /// <summary>How long an attempt from <paramref name="address"/> waits before it is checked: zero until the address has many failures.</summary>
    public TimeSpan Delay(string? address)
    {
        if (address is null || !_failures.TryGetValue(AddressKey(address), out Queue<DateTimeOffset>? failures))
        {
            return TimeSpan.Zero;
        }

        int count;
        lock (failures)
        {
            Drop(failures, clock.GetUtcNow());
            count = failures.Count;
        }

        int over = count - AddressSlowAfter + 1;
        return over <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(over, MaxAddressDelay.TotalSeconds));
    }

    /// <summary>Counts a failed sign-in against the user name and the address.</summary>
    public void Failed(string user, string? address)
    {
        DateTimeOffset now = clock.GetUtcNow();
        foreach (string key in Keys(user, address))
        {
            Queue<DateTimeOffset> failures = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (failures)
            {
                Drop(failures, now);
                failures.Enqueue(now);
            }
        }

        if (Interlocked.Increment(ref _recorded) % SweepEvery == 0)
        {
            Sweep(now);
        }
    }

    /// <summary>When the failures in the window drop below the limit, if they are at it now.</summary>
    private static DateTimeOffset? Blocked(Queue<DateTimeOffset> failures, DateTimeOffset now)
    {
        lock (failures)
        {
            Drop(failures, now);
            return failures.Count >= MaxFailures ? failures.ElementAt(failures.Count - MaxFailures) + Window : null;
        }
    }

    private static void Drop(Queue<DateTimeOffset> failures, DateTimeOffset now)
    {
        while (failures.Count > 0 && failures.Peek() + Window <= now)
        {
            failures.Dequeue();
        }
    }

    /// <summary>Forgets names and addresses with no failure left in the window, so guessed names do not pile up.</summary>
    private void Sweep(DateTimeOffset now)
    {
        foreach ((string key, Queue<DateTimeOffset> failures) in _failures)
        {
            lock (failures)
            {
                Drop(failures, now);
                if (failures.Count == 0)
                {
                    _failures.TryRemove(new KeyValuePair<string, Queue<DateTimeOffset>>(key, failures));
                }
            }
        }
    }

    private static IEnumerable<string> Keys(string user, string? address) => address is null ? [UserKey(user)] : [UserKey(user), AddressKey(address)];

    private static string UserKey(string user) => "u:" + user.Trim().ToLowerInvariant();

    private static string AddressKey(string address) => "a:" + address;
}
