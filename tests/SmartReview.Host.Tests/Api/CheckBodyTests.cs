using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary><c>POST /api/check</c> reads a body that does not state its length (chunked) whole, and up to the 4 MiB limit only.</summary>
public sealed class CheckBodyTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    [Fact]
    public async Task Check_ChunkedBodyLargerThanTheFirstBuffer_IsReadWhole()
    {
        // Arrange: whitespace after the opening brace makes the settlement ~64 KB, past the first 16 KB buffer.
        HttpClient client = await (await rig.StartedAsync(azurite)).AsAsync(Reviewer1);
        string padded = "{" + new string(' ', 64 * 1024) + CheckSettlements.Planted(FacilityA).TrimStart()[1..];

        // Act
        using HttpResponseMessage response = await client.PostAsync("/api/check", new Chunked(padded), TestContext.Current.CancellationToken);

        // Assert
        JsonNode body = await ApiRig.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.Single(body["flags"]!.AsArray(), f => (string?)f!["ruleId"] == "SR-001");
    }

    [Fact]
    public async Task Check_ChunkedBodyOverTheLimit_Is400()
    {
        HttpClient client = await (await rig.StartedAsync(azurite)).AsAsync(Reviewer1);
        string huge = "{" + new string(' ', 4 << 20) + CheckSettlements.Planted(FacilityA).TrimStart()[1..];

        using HttpResponseMessage response = await client.PostAsync("/api/check", new Chunked(huge), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>JSON sent without a Content-Length, so the request goes chunked.</summary>
    private sealed class Chunked : HttpContent
    {
        private readonly byte[] _bytes;

        public Chunked(string json)
        {
            _bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
