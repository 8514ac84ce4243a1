using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Cases;

namespace SmartReview.Storage.Tests.Support;

/// <summary>The review flow wired to its own tables in Azurite, with a hand-moved clock.</summary>
internal sealed class CaseRig
{
    private int _flags;

    private CaseRig(StorageAccount account, ReviewSettings settings, ManualClock clock)
    {
        Account = account;
        Clock = clock;
        Store = new TableCaseStore(account);
        Commands = new CaseCommandHandler(Store, settings, WorkingCalendar.China, clock);
        Sweep = new DeadlineSweep(Store, Commands, clock);
        Settings = settings;
    }

    public StorageAccount Account { get; }
    public ManualClock Clock { get; }
    public TableCaseStore Store { get; }
    public CaseCommandHandler Commands { get; }
    public DeadlineSweep Sweep { get; }
    public ReviewSettings Settings { get; }

    /// <summary>Monday 2024-03-04 09:00 China time.</summary>
    public static DateTimeOffset Start { get; } = new(2024, 3, 4, 1, 0, 0, TimeSpan.Zero);

    public static async Task<CaseRig> CreateAsync(AzuriteFixture azurite, ReviewSettings? settings = null)
    {
        var account = new StorageAccount(azurite.NewOptions());
        await account.EnsureCreatedAsync();
        return new CaseRig(account, settings ?? new ReviewSettings(), new ManualClock(Start));
    }

    /// <summary>Opens a case for a new flag of <paramref name="facility"/> and returns its key.</summary>
    public async Task<CaseKey> OpenAsync(string facility = "H33010000001", decimal amount = 1000m, bool definite = false, string rule = "SR-001")
    {
        int n = Interlocked.Increment(ref _flags);
        var flag = new FlagSummary($"F{n:D24}", $"S{n:D12}", facility, $"P{n:D10}", rule, "starter@test", definite, amount, ["0001"],
            "测试", "test", null, null, new DateOnly(2024, 2, 28));
        (ReviewCase c, CaseEvent opened) = ReviewFlow.Open(flag, Clock.Now, Settings, WorkingCalendar.China);
        await Store.OpenAsync([new OpenedCase(c, opened)], CancellationToken.None);
        return new CaseKey(facility, c.CaseId);
    }

    public Task<CommandResult> DoAsync(CaseKey key, CaseCommand command, Actor by) =>
        Commands.HandleAsync(key, command, by, CancellationToken.None);

    /// <summary>Does a command that must be carried out, failing the test with the refusal otherwise.</summary>
    public async Task MustAsync(CaseKey key, CaseCommand command, Actor by)
    {
        CommandResult result = await DoAsync(key, command, by);
        Assert.True(result.Status == CommandStatus.Done, $"{command.GetType().Name} on {key}: {result.Status} {result.Rejection?.MessageEn}");
    }

    public async Task<ReviewCase> CaseAsync(CaseKey key) => (await Store.GetAsync(key, CancellationToken.None))!.Case;
}
