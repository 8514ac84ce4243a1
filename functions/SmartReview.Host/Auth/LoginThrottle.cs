using System.Collections.Concurrent;

namespace SmartReview.Host.Auth;

/// <summary>
/// Failed sign-ins, counted per user name and per client address: after <see cref="MaxFailures"/> failures of either
/// within <see cref="Window"/>, every sign-in attempt for that name or from that address is turned away (429) until
/// enough of those failures are older than the window. Successful sign-ins are not counted, and attempts turned away
/// are not checked (so they neither count nor tell a right password from a wrong one). In memory, so per host
/// instance: several instances each allow their own five; a shared store would be needed to count across them.
/// </summary>
internal sealed class LoginThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private int _recorded;

    /// <summary>How long until <paramref name="user"/> from <paramref name="address"/> may try again; null when they may now.</summary>
    public TimeSpan? RetryAfter(string user, string? address)
    {
        DateTimeOffset now = clock.GetUtcNow();
        TimeSpan? wait = null;
        foreach (string key in Keys(user, address))
        {
            if (_failures.TryGetValue(key, out Queue<DateTimeOffset>? failures) && Blocked(failures, now) is { } until)
            {
                wait = wait is null || until - now > wait ? until - now : wait;
            }
        }

        return wait;
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

    private static IEnumerable<string> Keys(string user, string? address) =>
        address is null ? ["u:" + user.Trim().ToLowerInvariant()] : ["u:" + user.Trim().ToLowerInvariant(), "a:" + address];
}
