using SmartReview.Application.Ports;
using SmartReview.Review;
using SmartReview.Storage.Sessions;

namespace SmartReview.Storage.Tests.Sessions;

/// <summary>Sign-in sessions on the sessions table: kept as started, gone once ended, ending twice is harmless.</summary>
public sealed class SignInSessionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task End_ThenFind_IsNull_AndOtherSessionsStay()
    {
        var account = new StorageAccount(azurite.NewOptions());
        await account.EnsureCreatedAsync(Ct);
        var sessions = new TableSignInSessions(account);
        var started = new SignInSession("A1B2", "fac-1", Role.Facility, "H33010000001", new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var other = new SignInSession("C3D4", "rev-1", Role.Reviewer, null, started.StartedUtc);
        await sessions.StartAsync(started, Ct);
        await sessions.StartAsync(other, Ct);

        SignInSession? found = await sessions.FindAsync(started.Id, Ct);
        await sessions.EndAsync(started.Id, Ct);
        await sessions.EndAsync(started.Id, Ct);

        Assert.Equal(started, found);
        Assert.Null(await sessions.FindAsync(started.Id, Ct));
        Assert.Equal(other, await sessions.FindAsync(other.Id, Ct));
        Assert.Null(await sessions.FindAsync("never", Ct));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
