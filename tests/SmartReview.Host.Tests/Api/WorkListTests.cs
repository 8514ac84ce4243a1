using System.Net;
using System.Text.Json.Nodes;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>Work lists: a stage of the case index in pages for the bureau, filtered by facility and rule; a facility's own list.</summary>
public sealed class WorkListTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    [Fact]
    public async Task Lists_ByRoleAndFilter_ShowTheRightCases()
    {
        // Arrange: first-review cases of A (two rules) and B; a definite case of each in the appeal window.
        await rig.StartedAsync(azurite);
        CancellationToken ct = TestContext.Current.CancellationToken;
        CaseKey[] firstA = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => rig.OpenAsync(FacilityA, rule: i == 0 ? "SR-002" : "SR-001")));
        CaseKey[] firstB = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => rig.OpenAsync(FacilityB)));
        CaseKey appealA = await rig.OpenAsync(FacilityA, definite: true);
        CaseKey appealB = await rig.OpenAsync(FacilityB, definite: true);
        HttpClient reviewer = await rig.AsAsync(Reviewer1);
        HttpClient facilityA = await rig.AsAsync(UserOfA);

        // Act
        string[] pagedFirstReview = await AllPagesAsync(reviewer, "/api/cases?stage=FirstReview&take=2");
        string[] firstReviewOfB = await AllPagesAsync(reviewer, $"/api/cases?stage=FirstReview&facility={FacilityB}");
        string[] firstReviewSr002 = await AllPagesAsync(reviewer, "/api/cases?stage=firstreview&rule=SR-002");
        string[] ownOfA = await AllPagesAsync(facilityA, "/api/cases?take=2");
        string[] ownAppealOfA = await AllPagesAsync(facilityA, "/api/cases?stage=Appeal");

        // Assert
        Assert.Equal(firstA.Concat(firstB).Select(k => k.ToString()).Order(), pagedFirstReview.Order());
        Assert.Equal(firstB.Select(k => k.ToString()).Order(), firstReviewOfB.Order());
        Assert.Equal([firstA[0].ToString()], firstReviewSr002);
        Assert.Equal(firstA.Append(appealA).Select(k => k.ToString()).Order(), ownOfA.Order());
        Assert.Equal([appealA.ToString()], ownAppealOfA);
        Assert.DoesNotContain(appealB.ToString(), ownOfA);
        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer.GetAsync("/api/cases", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer.GetAsync("/api/cases?stage=Nowhere", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer.GetAsync("/api/cases?stage=7", ct)).StatusCode);
    }

    private static async Task<string[]> AllPagesAsync(HttpClient client, string path)
    {
        var keys = new List<string>();
        string? continuation = null;
        do
        {
            string url = continuation is null ? path : $"{path}&continuation={Uri.EscapeDataString(continuation)}";
            if (!url.Contains('?', StringComparison.Ordinal))
            {
                url = url.Replace('&', '?');
            }

            HttpResponseMessage response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            JsonNode page = await ApiRig.JsonAsync(response);
            keys.AddRange(page["items"]!.AsArray().Select(i => (string)i!["key"]!));
            continuation = (string?)page["continuation"];
        }
        while (continuation is not null);

        return [.. keys];
    }
}
