using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartReview.Storage.Queues;
using SmartReview.Workflow.Local;
using SmartReview.Storage;
using SmartReview.Workflow;

namespace SmartReview.Workflow.Tests.Local;

/// <summary>
/// Starting one instance twice through the host's sidecar on DurableTask.AzureStorage over Azurite, with no worker
/// (the instance stays pending): the second start leaves the first in place and is told so.
/// </summary>
public sealed class SidecarStartTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SecondStart_OfAPendingInstance_FindsTheFirst_AndReplacesNothing()
    {
        StorageOptions storage = azurite.NewOptions();
        HostApplicationBuilder builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSmartReviewStorage(storage).AddDurableReview(storage, new DurableSettings(), new WorkerSettings { Enabled = false });
        using IHost host = builder.Build();
        await host.StartAsync(Ct);
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        const string id = "case|H1|F1";

        OrchestrationMetadata? first = await client.StartOnceAsync(nameof(CaseOrchestrator), "first", id, _ => true, Ct);
        OrchestrationMetadata? second = await client.StartOnceAsync(nameof(CaseOrchestrator), "second", id, _ => true, Ct);

        Assert.Null(first); // this call started it
        Assert.NotNull(second);
        Assert.Equal(OrchestrationRuntimeStatus.Pending, second.RuntimeStatus);
        OrchestrationMetadata? now = await client.GetInstanceAsync(id, getInputsAndOutputs: true, Ct);
        Assert.Equal("first", now!.ReadInputAs<string>());
        await host.StopAsync(Ct);
    }
}
