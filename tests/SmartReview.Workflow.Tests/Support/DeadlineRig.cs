using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Review;
using SmartReview.Storage;
using SmartReview.Storage.Cases;

namespace SmartReview.Workflow.Tests.Support;

/// <summary>
/// The deadline orchestration on the real Durable Task engine (in memory) over the case tables in a real Azurite.
/// Cases open at <see cref="Opened"/>, in 2024, so with the real clock their deadlines are long due.
/// </summary>
internal sealed class DeadlineRig : IAsyncDisposable
{
    private int _flags;

    private DeadlineRig(DurableTaskTestHost host, TableCaseStore store)
    {
        Host = host;
        Store = store;
        Timers = new DurableDeadlineTimers(host.Client);
        Commands = new CaseCommandHandler(store, new ReviewSettings(), WorkingCalendar.China, TimeProvider.System, timers: Timers);
    }

    /// <summary>Monday 2024-03-04 09:00 China time.</summary>
    public static DateTimeOffset Opened { get; } = new(2024, 3, 4, 1, 0, 0, TimeSpan.Zero);

    public DurableTaskTestHost Host { get; }
    public TableCaseStore Store { get; }
    public DurableDeadlineTimers Timers { get; }
    public CaseCommandHandler Commands { get; }

    public static async Task<DeadlineRig> StartAsync(AzuriteFixture azurite)
    {
        var account = new StorageAccount(azurite.NewOptions());
        await account.EnsureCreatedAsync();
        var store = new TableCaseStore(account);
        var late = new LateTimers();
        DurableTaskTestHost host = await DurableTaskTestHost.StartAsync(
            registry => registry.AddReviewOrchestrations(),
            new DurableTaskTestHostOptions
            {
                ConfigureServices = services => services
                    .AddSingleton<ICaseStore>(store)
                    .AddSingleton(TimeProvider.System)
                    .AddSingleton(s => new CaseCommandHandler(store, new ReviewSettings(), WorkingCalendar.China, TimeProvider.System))
                    .AddSingleton(s => new DeadlineSweep(store, s.GetRequiredService<CaseCommandHandler>(), TimeProvider.System, late)),
            });
        late.Inner = new DurableDeadlineTimers(host.Client);
        return new DeadlineRig(host, store);
    }

    /// <summary>Opens a case of a new flag (a definite one starts in the appeal window) and returns its key.</summary>
    public async Task<CaseKey> OpenAsync(bool definite, string facility = "H33010000001")
    {
        int n = Interlocked.Increment(ref _flags);
        var flag = new FlagSummary($"F{n:D24}", $"S{n:D12}", facility, $"P{n:D10}", "SR-001", "starter@test", definite, 500m, ["0001"],
            "测试", "test", null, null, new DateOnly(2024, 2, 28));
        (ReviewCase c, CaseEvent opened) = ReviewFlow.Open(flag, Opened, new ReviewSettings(), WorkingCalendar.China);
        await Store.OpenAsync([new OpenedCase(c, opened)], CancellationToken.None);
        return new CaseKey(facility, c.CaseId);
    }

    public async Task<ReviewCase> CaseAsync(CaseKey key) => (await Store.GetAsync(key, CancellationToken.None))!.Case;

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
