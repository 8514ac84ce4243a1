using System.Diagnostics;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage;
using SmartReview.Storage.Cases;

namespace SmartReview.LoadTest;

/// <summary>
/// The work queue's page load time (<c>--mode queue</c>): seeds <c>--cases</c> open cases straight into the host's
/// tables (<c>--storage</c>, a connection string; 60 facilities, 40 rules, amounts 10–20,000 yuan, opened over 20
/// days; 63 % in first review like the main job's year, the rest in appeal), then, as a reviewer, times
/// <c>GET /work</c> for first review in each order and with the usual filters: <c>--requests</c> each after 3 warm-ups.
/// </summary>
internal static class QueueBench
{
    private static readonly string[] Pages =
    [
        "/work?stage=FirstReview", "/work?stage=FirstReview&sort=due&dir=desc", "/work?stage=FirstReview&sort=amount&dir=desc",
        "/work?stage=FirstReview&sort=amount&dir=asc", "/work?stage=FirstReview&sort=rule&dir=asc", "/work?stage=FirstReview&sort=facility&dir=desc",
        "/work?stage=FirstReview&sort=amount&dir=desc&rule=SR-Q07", "/work?stage=FirstReview&sort=amount&dir=desc&facility=H3301Q00012",
        "/work?stage=FirstReview&sort=due&dir=asc&minAmount=10000", "/work?stage=FirstReview&settlement=S000000012345",
    ];

    public static async Task<int> RunAsync(LoadOptions options, string[] args)
    {
        int cases = int.Parse(Arg(args, "--cases", "89750"));
        var account = new StorageAccount(new StorageOptions { ConnectionString = Arg(args, "--storage", "UseDevelopmentStorage=true") });
        await account.EnsureCreatedAsync();
        var wall = Stopwatch.StartNew();
        await SeedAsync(new TableCaseStore(account), cases);
        Console.WriteLine($"seeded {cases:N0} cases in {wall.Elapsed.TotalSeconds:N0} s ({cases / wall.Elapsed.TotalSeconds:N0} cases/s)");
        using HttpClient client = await LoadRun.SignedInAsync(options with { User = "rev-1" });
        Console.WriteLine("page | p50 ms | p90 ms | max ms | rows shown");
        foreach (string page in Pages)
        {
            for (int i = 0; i < 3; i++)
            {
                (await client.GetAsync(page)).EnsureSuccessStatusCode();
            }

            double[] ms = new double[options.Requests];
            string html = "";
            for (int i = 0; i < ms.Length; i++)
            {
                var one = Stopwatch.StartNew();
                html = await client.GetStringAsync(page);
                ms[i] = one.Elapsed.TotalMilliseconds;
            }

            Array.Sort(ms);
            int rows = html.Split("class=\"case-link\"").Length - 1;
            Console.WriteLine($"{page} | {ms[ms.Length / 2]:N0} | {ms[(int)(ms.Length * 0.9)]:N0} | {ms[^1]:N0} | {rows}");
        }

        return 0;
    }

    private static async Task SeedAsync(TableCaseStore store, int count)
    {
        var start = new DateTimeOffset(2025, 3, 3, 1, 0, 0, TimeSpan.Zero);
        var settings = new ReviewSettings();
        await Parallel.ForEachAsync(Enumerable.Range(0, (count + 99) / 100), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (chunk, cancel) =>
        {
            var rng = new Random(chunk);
            List<OpenedCase> opened = [];
            for (int n = chunk * 100; n < Math.Min(count, (chunk + 1) * 100); n++)
            {
                var flag = new FlagSummary($"F{n:D24}", $"S{n:D12}", $"H3301Q{rng.Next(60):D5}", $"P{rng.Next(count):D10}", $"SR-Q{rng.Next(40):D2}",
                    "bench", rng.NextDouble() > 0.63, Math.Round((decimal)(rng.NextDouble() * 20_000) + 10m, 2), ["0001"], "基准", "bench", null, null,
                    new DateOnly(2025, 2, 1));
                (ReviewCase c, CaseEvent e) = ReviewFlow.Open(flag, start.AddDays(rng.Next(20)), settings, WorkingCalendar.China);
                opened.Add(new OpenedCase(c, e));
            }

            await store.OpenAsync(opened, cancel);
        });
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
