using System.Diagnostics;
using SmartReview.Application.Cases;
using SmartReview.Application.Reports;
using SmartReview.Benchmarks.Replay;
using SmartReview.Benchmarks.Support;
using SmartReview.Review;
using SmartReview.Storage;
using SmartReview.Storage.Batches;
using SmartReview.Storage.Cases;
using SmartReview.Storage.Reports;
using static SmartReview.Benchmarks.Support.Format;

namespace SmartReview.Benchmarks.Dashboard;

/// <summary>
/// How long one dashboard build takes on Azurite (disk): <c>--count</c> cases (default 20,000) over 40 facilities and
/// 25 rules, a fifth of them decided (confirmed, half of those appealed, then finalised), then the build timed cold
/// and warm. Not part of "all": it opens its own cases.
/// </summary>
internal static class DashboardBenchmark
{
    public const int DefaultCount = 20_000;

    public static async Task Run(BenchOptions options)
    {
        int count = options.CountOr(DefaultCount);
        using LocalAzurite azurite = LocalAzurite.Start(Path.Combine(options.DataDirectory, "azurite-dashboard"), options.AzuriteInMemory);
        var account = new StorageAccount(new StorageOptions { ConnectionString = azurite.ConnectionString, Prefix = "dash" });
        await account.EnsureCreatedAsync();
        var store = new TableCaseStore(account);
        var settings = new ReviewSettings();
        DateTimeOffset opened = DateTimeOffset.UtcNow.AddDays(-40);
        var random = new Random(options.Seed);

        var setup = Stopwatch.StartNew();
        List<CaseKey> keys = [.. (await BenchCases.OpenAsync(store, settings, opened, count, random)).Select(BenchCases.Key)];
        TimeSpan openTime = setup.Elapsed;
        int decided = await DecideAsync(store, settings, keys, opened.AddDays(2), random);
        TimeSpan decideTime = setup.Elapsed - openTime;

        var builder = new DashboardBuilder(new TableReportSource(account), new TableBatchStore(account), WorkingCalendar.China);
        var table = new Table($"Dashboard build over {N(count)} cases on Azurite ({(options.AzuriteInMemory ? "in memory" : "disk")}), {Environment.ProcessorCount} cores",
            "what", "value");
        table.Row("open the cases (s)", Seconds(openTime)).Row($"decide {N(decided)} of them (s)", Seconds(decideTime));
        for (int run = 1; run <= 3; run++)
        {
            var watch = Stopwatch.StartNew();
            Application.Reports.Dashboard d = await builder.BuildAsync(DateTimeOffset.UtcNow, CancellationToken.None);
            table.Row($"build #{run} (s)", Seconds(watch.Elapsed));
            if (run == 3)
            {
                table.Row("flags / confirmed / recovered (yuan)", $"{N(d.Funnel.Flags)} / {N(d.Funnel.Confirmed)} / {N((double)d.Funnel.Recovered, 2)}")
                    .Row("appealed (all facilities)", N(d.ByFacility.Sum(f => f.Appealed)))
                    .Row("process working set after (MB)", Mb(Environment.WorkingSet));
            }
        }

        table.Print();
    }

    /// <summary>Decides every fifth suspicious case: confirmed, appealed (half of them) and re-reviewed, or accepted; then finalised.</summary>
    private static async Task<int> DecideAsync(TableCaseStore store, ReviewSettings settings, List<CaseKey> keys, DateTimeOffset at, Random random)
    {
        var commands = new CaseCommandHandler(store, settings, WorkingCalendar.China, new FixedClock(at));
        var reviewer = new Actor("rev-1", Role.Reviewer);
        var reReviewer = new Actor("rev-2", Role.Reviewer);
        var supervisor = new Actor("sup-1", Role.Supervisor);
        CaseKey[] chosen = [.. keys.Where((_, i) => i % 5 == 0)];
        bool[] appeal = [.. chosen.Select(_ => random.Next(2) == 0)];
        int done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, chosen.Length), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, cancel) =>
        {
            CaseKey key = chosen[i];
            var facility = new Actor("user-" + key.FacilityId, Role.Facility, key.FacilityId);
            ReviewCase c = (await store.GetAsync(key, cancel))!.Case;
            if (c.Stage == Stage.FirstReview)
            {
                await commands.HandleAsync(key, new ConfirmFlag(c.Flag.AmountAtStake, "确认"), reviewer, cancel);
            }

            if (appeal[i])
            {
                await commands.HandleAsync(key, new FileAppeal("有医嘱", []), facility, cancel);
                await commands.HandleAsync(key, new OverturnDecision("医嘱齐全"), reReviewer, cancel);
            }
            else
            {
                await commands.HandleAsync(key, new AcceptDecision(null), facility, cancel);
            }

            await commands.HandleAsync(key, new FinaliseDecision("维持"), supervisor, cancel);
            Interlocked.Increment(ref done);
        });
        return done;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
