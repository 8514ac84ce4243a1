using Azure;
using Azure.Data.Tables;
using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Storage.Sessions;

/// <summary>
/// <see cref="ISignInSessions"/> on the <c>{prefix}sessions</c> table: one row per session, partition = the session
/// id, row <c>session</c>; ending a session deletes its row.
/// </summary>
public sealed class TableSignInSessions(StorageAccount account) : ISignInSessions
{
    private const string Row = "session";
    private readonly TableClient _table = account.Sessions;

    public async Task StartAsync(SignInSession session, CancellationToken cancel)
    {
        var row = new TableEntity(Keys.Safe(session.Id), Row)
        {
            ["UserId"] = session.UserId,
            ["Role"] = session.Role.ToString(),
            ["StartedUtc"] = session.StartedUtc,
        };
        if (session.Facility is { } facility)
        {
            row["Facility"] = facility;
        }

        await _table.AddEntityAsync(row, cancel).ConfigureAwait(false);
    }

    public async Task<SignInSession?> FindAsync(string id, CancellationToken cancel)
    {
        NullableResponse<TableEntity> found = await _table.GetEntityIfExistsAsync<TableEntity>(Keys.Safe(id), Row, cancellationToken: cancel)
            .ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } row || !Enum.TryParse(row.GetString("Role"), out Role role))
        {
            return null;
        }

        return new SignInSession(id, row.GetString("UserId") ?? "", role, row.GetString("Facility"),
            row.GetDateTimeOffset("StartedUtc") ?? DateTimeOffset.MinValue);
    }

    public async Task EndAsync(string id, CancellationToken cancel)
    {
        try
        {
            await _table.DeleteEntityAsync(Keys.Safe(id), Row, ETag.All, cancel).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }
}
