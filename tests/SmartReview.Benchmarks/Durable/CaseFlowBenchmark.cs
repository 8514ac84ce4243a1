using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SmartReview.Application.Cases;
using SmartReview.Benchmarks.Replay;
using SmartReview.Benchmarks.Support;
using SmartReview.Review;
using SmartReview.Storage.Cases;
using static SmartReview.Benchmarks.Support.Format;

namespace SmartReview.Benchmarks.Durable;

/// <summary>
/// Case orchestrations driven by people's decisions, through the host's composition on a fresh Azurite: of N cases
/// opened (default 2,000), the suspicious ones (nine in ten) confirmed by a reviewer, 16 decisions in flight, each
/// queueing its case's flow; the case-flow worker starts one orchestration per case, which waits on the appeal
/// window's timer. Then the facility accepts and
/// the supervisor finalises each case: the orchestrations receive the decisions and complete. Times the decisions
/// and until every orchestration has reached its state.
/// </summary>
internal static class CaseFlowBenchmark
{
    public const int DefaultCount = 2_000;
    private const int InFlight = 16;
    private const decimal Confirmed = 50m; // every case's amount at stake is at least this

    public static async Task Run(BenchOptions options)
    {
        int count = options.CountOr(DefaultCount);
        using LocalAzurite azurite = LocalAzurite.Start(Path.Combine(options.DataDirectory, "azurite-caseflows"), options.AzuriteInMemory);
        await using DurableRig rig = await DurableRig.StartAsync(azurite.ConnectionString, BenchPacks.Load(options.Pack));
        var settings = rig.Services.GetRequiredService<ReviewSettings>();
        var commands = rig.Services.GetRequiredService<CaseCommandHandler>();
        List<ReviewCase> opened = await BenchCases.OpenAsync(rig.Services.GetRequiredService<TableCaseStore>(), settings, DateTimeOffset.UtcNow.AddDays(-1),
            count, new Random(options.Seed));
        // Suspicious flags only: they open in first review, where a reviewer's decision is the first a person makes.
        List<CaseKey> keys = [.. opened.Where(c => c.Stage == Stage.FirstReview).Select(BenchCases.Key)];
        count = keys.Count;
        var table = new Table($"{N(count)} case orchestrations on Azurite ({(options.AzuriteInMemory ? "in memory" : "disk")}), {InFlight} decisions in flight, {Environment.ProcessorCount} cores",
            "decisions", "decided (s)", "orchestrations", "reached (s)", "orchestrations per second", "Azurite CPU (s)");

        await PhaseAsync("confirm (reviewer)", count, "started, waiting on the appeal timer", "Running", async (key, cancel) =>
            await DecideAsync(commands, key, new ConfirmFlag(Confirmed, "确认"), new Actor("rev-1", Role.Reviewer), cancel));
        await PhaseAsync("accept (facility), finalise (supervisor)", 2 * count, "completed", "Completed", async (key, cancel) =>
        {
            await DecideAsync(commands, key, new AcceptDecision(null), new Actor("fac-" + key.FacilityId, Role.Facility, key.FacilityId), cancel);
            await DecideAsync(commands, key, new FinaliseDecision("维持"), new Actor("sup-1", Role.Supervisor), cancel);
        });
        table.Print();

        async Task PhaseAsync(string decisions, int decisionCount, string reached, string status, Func<CaseKey, CancellationToken, Task> decide)
        {
            double cpu = azurite.CpuSeconds();
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (key, cancel) => await decide(key, cancel));
            TimeSpan decided = clock.Elapsed;
            while (await rig.CountInstancesAsync(status, casesOnly: true) < count)
            {
                await Task.Delay(250);
            }

            table.Row($"{N(decisionCount)} {decisions}", Seconds(decided), $"{N(count)} {reached}", Seconds(clock.Elapsed),
                N(count / clock.Elapsed.TotalSeconds, 1), N(azurite.CpuSeconds() - cpu, 1));
        }
    }

    private static async Task DecideAsync(CaseCommandHandler commands, CaseKey key, CaseCommand command, Actor by, CancellationToken cancel)
    {
        CommandResult result = await commands.HandleAsync(key, command, by, cancel);
        if (result.Status != CommandStatus.Done)
        {
            throw new InvalidOperationException($"case {key.CaseId}: {command.GetType().Name} by {by.Id} was {result.Status}");
        }
    }
}
