using System.Net;
using System.Text.Json.Nodes;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>
/// The host's default pack is the seed city's base (<c>packs/local</c>, with the provincial and national packs it
/// extends copied beside it); other tests pin the starter pack through <c>Packs__Path</c>.
/// </summary>
public sealed class DefaultPackTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    [Fact]
    public async Task Check_NoPackConfigured_ScoresWithTheLocalPack()
    {
        // Arrange: an empty setting falls back to the built-in default.
        HttpClient client = await (await rig.StartedAsync(azurite, new Dictionary<string, string> { ["Packs__Path"] = "" })).AsAsync(Reviewer1);

        // Act
        using HttpResponseMessage response = await client.PostAsync("/api/check", CheckSettlements.Content(CheckSettlements.Clean(FacilityA)),
            TestContext.Current.CancellationToken);

        // Assert
        JsonNode body = await ApiRig.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal("local@2026.1", (string?)body["pack"]);
    }

    [Fact]
    public void AppSettings_PacksPath_IsTheLocalPackCopiedWithWhatItExtends()
    {
        string settings = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json"));

        JsonNode? path = JsonNode.Parse(settings)!["Packs"]!["Path"];

        Assert.Equal("packs/local/pack.json", (string?)path);
        Assert.All(new[] { "local", "provincial", "national", "starter" },
            pack => Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "packs", pack, "pack.json")), pack));
    }
}
