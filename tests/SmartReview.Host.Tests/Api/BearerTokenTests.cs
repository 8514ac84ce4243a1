using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>
/// Production sign-in: bearer tokens of the provider at <c>Auth:Authority</c>, read through the configured claim names
/// (here not the defaults: "oid", "app_roles", "hospital"). The issuer and the host live as long as the class.
/// </summary>
public sealed class BearerTokenTests(AzuriteFixture azurite, ApiRig rig, TestIssuer issuer) : IClassFixture<ApiRig>, IClassFixture<TestIssuer>
{
    private const string Audience = "api://smartreview";

    [Fact]
    public async Task Token_WithConfiguredClaims_ActsAsThatUser()
    {
        // Arrange
        await StartAsync();
        CaseKey key = await rig.OpenAsync(FacilityA);
        string reviewer = issuer.Token(Audience, new Dictionary<string, object> { ["oid"] = "aad-reviewer-7", ["app_roles"] = "reviewer" });

        // Act
        HttpResponseMessage response = await SendAsync(HttpMethod.Post, $"/api/cases/{key}/commands", reviewer, """{"command":"DismissFlag","reason":"有手术记录"}""");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode body = await ApiRig.JsonAsync(response);
        Assert.Equal("aad-reviewer-7", (string?)body["events"]!.AsArray()[0]!["actorId"]);
        Assert.Equal("Reviewer", (string?)body["events"]!.AsArray()[0]!["role"]);
    }

    [Fact]
    public async Task Token_OfAFacility_SeesOnlyItsOwn()
    {
        await StartAsync();
        CaseKey ofA = await rig.OpenAsync(FacilityA);
        CaseKey ofB = await rig.OpenAsync(FacilityB);
        string facilityA = issuer.Token(Audience, new Dictionary<string, object> { ["oid"] = "aad-fac-a", ["app_roles"] = "facility", ["hospital"] = FacilityA });

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, $"/api/cases/{ofA}", facilityA)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, $"/api/cases/{ofB}", facilityA)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, $"/api/ledger?facility={FacilityB}", facilityA)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/batches/B1", facilityA)).StatusCode);
    }

    [Fact]
    public async Task Token_Invalid_Is401()
    {
        await StartAsync();
        var claims = new Dictionary<string, object> { ["oid"] = "aad-sup", ["app_roles"] = "supervisor" };

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/me", issuer.Token(Audience, claims))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/me", issuer.Token("api://someone-else", claims))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/me", issuer.Token(Audience, claims, strangersKey: true))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/me", "not-a-token")).StatusCode);
    }

    [Fact]
    public async Task Token_WithoutAKnownRole_Is403()
    {
        await StartAsync();
        string nobody = issuer.Token(Audience, new Dictionary<string, object> { ["oid"] = "aad-x", ["app_roles"] = "visitor" });

        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/cases?stage=FirstReview", nobody)).StatusCode);
    }

    private async Task StartAsync()
    {
        await rig.StartedAsync(azurite, new Dictionary<string, string>
        {
            ["Auth__Authority"] = issuer.Authority,
            ["Auth__Audience"] = Audience,
            ["Auth__RequireHttpsMetadata"] = "false",
            ["Auth__IdClaim"] = "oid",
            ["Auth__RoleClaim"] = "app_roles",
            ["Auth__FacilityClaim"] = "hospital",
        });
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, string? json = null)
    {
        using HttpClient client = rig.NewClient();
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        HttpResponseMessage response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        await response.Content.LoadIntoBufferAsync(TestContext.Current.CancellationToken);
        return response;
    }
}
