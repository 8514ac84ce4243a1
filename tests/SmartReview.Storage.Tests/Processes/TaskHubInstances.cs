using Azure;
using Azure.Data.Tables;

namespace SmartReview.Storage.Tests.Processes;

/// <summary>The orchestration instances of a DurableTask.AzureStorage task hub, read from its <c>{hub}Instances</c> table (a row per instance id).</summary>
internal sealed class TaskHubInstances(string connectionString, string hub)
{
    private readonly TableClient _table = new TableServiceClient(connectionString).GetTableClient(hub + "Instances");

    /// <summary>The instance's runtime status (e.g. "Pending", "Completed"), or null when there is no such instance (or no table yet).</summary>
    public async Task<string?> StatusAsync(string instanceId, CancellationToken cancel)
    {
        try
        {
            NullableResponse<TableEntity> row = await _table.GetEntityIfExistsAsync<TableEntity>(instanceId, "", cancellationToken: cancel);
            return row.HasValue ? row.Value!.GetString("RuntimeStatus") ?? "" : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
