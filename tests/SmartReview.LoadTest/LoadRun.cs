using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SmartReview.LoadTest;

/// <summary>
/// Sends request <c>i</c> of <paramref name="request"/> (a path and a JSON body) from <paramref name="concurrency"/>
/// loops sharing one signed-in client.
/// </summary>
internal sealed class LoadRun(HttpClient client, Func<int, (string Path, byte[] Body)> request, int concurrency)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static async Task<HttpClient> SignedInAsync(LoadOptions o)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), MaxConnectionsPerServer = o.Concurrency, UseProxy = false };
        var client = new HttpClient(handler) { BaseAddress = o.Url };
        using var login = new StringContent($$"""{"user":"{{o.User}}","password":"smartreview-demo"}""", Encoding.UTF8, "application/json");
        (await client.PostAsync("/api/auth/login", login)).EnsureSuccessStatusCode();
        return client;
    }

    public async Task<LatencyReport> RunAsync(int requests, int offset)
    {
        long[] ticks = new long[requests];
        var statuses = new ConcurrentDictionary<int, int>();
        long flags = 0;
        int next = -1;
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                (string path, byte[] body) = request(offset + i);
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = Json;
                long start = Stopwatch.GetTimestamp();
                using HttpResponseMessage response = await client.PostAsync(path, content);
                byte[] answer = await response.Content.ReadAsByteArrayAsync();
                ticks[i] = Stopwatch.GetTimestamp() - start;
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                Interlocked.Add(ref flags, Count(answer, "\"ruleId\""u8));
            }
        })));
        return new LatencyReport(ticks, wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, statuses, flags);
    }

    private static int Count(ReadOnlySpan<byte> body, ReadOnlySpan<byte> what)
    {
        int n = 0;
        for (int at; (at = body.IndexOf(what)) >= 0; body = body[(at + what.Length)..])
        {
            n++;
        }

        return n;
    }
}
