using System.Diagnostics;

namespace SmartReview.Storage.Tests.Processes;

/// <summary>Waits for something another process does, by asking again every <c>every</c> until it is there or time is up.</summary>
internal static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, Func<string> what, TimeSpan? every = null)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"not within {timeout}: {what()}");
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
        }
    }
}
