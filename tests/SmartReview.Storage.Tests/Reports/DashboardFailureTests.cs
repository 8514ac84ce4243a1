using Microsoft.Extensions.Logging;
using SmartReview.Application.Reports;
using SmartReview.Review;
using SmartReview.Storage.Batches;
using SmartReview.Storage.Reports;

namespace SmartReview.Storage.Tests.Reports;

/// <summary>A dashboard build that fails (here: its tables were never created) is logged as an error, not lost in a background task.</summary>
public sealed class DashboardFailureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Get_WhenTheBuildFails_LogsTheErrorAndThrows()
    {
        var account = new StorageAccount(azurite.NewOptions());
        var log = new KeptLog();
        var service = new DashboardService(new DashboardBuilder(new TableReportSource(account), new TableBatchStore(account), WorkingCalendar.China),
            new DashboardSettings(), TimeProvider.System, log);

        await Assert.ThrowsAnyAsync<Exception>(() => service.GetAsync(TestContext.Current.CancellationToken));

        (LogLevel level, Exception? error) = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Error, level);
        Assert.NotNull(error);
    }

    private sealed class KeptLog : ILogger<DashboardService>
    {
        public List<(LogLevel Level, Exception? Error)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, exception));
            }
        }
    }
}
