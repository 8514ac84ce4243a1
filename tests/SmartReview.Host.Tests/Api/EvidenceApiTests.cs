using System.Net;
using System.Text.Json.Nodes;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>
/// Evidence over HTTP: the facility uploads while its case is in Appeal, the facility and a reviewer download it as an
/// attachment; the other facility learns nothing on either route; refused uploads say why with the right status; an
/// appeal may only name its own case's files.
/// </summary>
public sealed class EvidenceApiTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_ByTheFacility_DownloadedByItAndAReviewerAsAttachment()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA, definite: true);

        HttpResponseMessage created = await UploadAsync(UserOfA, key.ToString(), "说明函.pdf", "application/pdf", Pdf);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        JsonNode evidence = await ApiRig.JsonAsync(created);
        string blob = evidence["blobName"]!.GetValue<string>();
        Assert.Equal(("说明函.pdf", "application/pdf", Pdf.Length), (evidence["fileName"]!.GetValue<string>(), evidence["contentType"]!.GetValue<string>(),
            evidence["bytes"]!.GetValue<int>()));
        foreach (string user in new[] { UserOfA, Reviewer1, Panel1, Supervisor, Admin })
        {
            HttpResponseMessage download = await (await rig.AsAsync(user)).GetAsync($"/api/cases/{key}/evidence/{blob}", Ct);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync(Ct));
            Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal("说明函.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task OtherFacility_BothRoutesEveryKey_NotFound()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA, definite: true);
        CaseKey first = await rig.OpenAsync(FacilityA);
        string blob = (await ApiRig.JsonAsync(await UploadAsync(UserOfA, key.ToString(), "a.pdf", "application/pdf", Pdf)))["blobName"]!.GetValue<string>();
        HttpClient b = await rig.AsAsync(UserOfB);
        var answers = new List<(string What, HttpResponseMessage Response)>();

        foreach (CaseKey k in new[] { key, first })
        {
            foreach (string asKey in new[] { k.ToString(), new CaseKey(FacilityB, k.CaseId).ToString() })
            {
                answers.Add(($"GET {asKey}", await b.GetAsync($"/api/cases/{asKey}/evidence/{blob}", Ct)));
                answers.Add(($"GET {asKey} own-prefixed", await b.GetAsync($"/api/cases/{asKey}/evidence/{FacilityB}/{k.CaseId}/{blob[^32..]}", Ct)));
                answers.Add(($"POST {asKey}", await UploadAsync(UserOfB, asKey, "b.pdf", "application/pdf", Pdf)));
            }
        }

        Assert.All(answers, a => Assert.True(a.Response.StatusCode == HttpStatusCode.NotFound, $"{a.What}: {a.Response.StatusCode}"));
        foreach ((_, HttpResponseMessage response) in answers)
        {
            Assert.DoesNotContain("PDF", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Upload_TooLarge_413()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA, definite: true);
        byte[] big = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);

        HttpResponseMessage response = await UploadAsync(UserOfA, key.ToString(), "big.pdf", "application/pdf", big);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        JsonNode problem = await ApiRig.JsonAsync(response);
        Assert.Equal("file", problem["field"]!.GetValue<string>());
        Assert.StartsWith("file 'big.pdf': larger than", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithoutClosingBoundary_400NotTooLarge()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA, definite: true);
        string body = "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n1 0 obj\n";
        var content = new StringContent(body, System.Text.Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");

        HttpResponseMessage response = await (await rig.AsAsync(UserOfA)).PostAsync($"/api/cases/{key}/evidence", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonNode problem = await ApiRig.JsonAsync(response);
        Assert.Equal(("Malformed upload", "file"), (problem["title"]!.GetValue<string>(), problem["field"]!.GetValue<string>()));
        Assert.Contains("closing boundary", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page.html", "text/html", "<html><script>alert(1)</script></html>", "file 'page.html': type text/html is not allowed (pdf, png, jpeg)")]
    [InlineData("run.sh", "application/x-sh", "#!/bin/sh\necho hi\n", "file 'run.sh': type application/x-sh is not allowed (pdf, png, jpeg)")]
    [InlineData("page.pdf", "application/pdf", "<html><script>alert(1)</script></html>", "file 'page.pdf': the content is not pdf as its type application/pdf says")]
    public async Task Upload_HtmlOrScript_415(string name, string type, string content, string detail)
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync(FacilityA, definite: true);

        HttpResponseMessage response = await UploadAsync(UserOfA, key.ToString(), name, type, System.Text.Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(detail, (await ApiRig.JsonAsync(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upload_FacilityOutsideAppealOrAPanelMember_422_AReviewerAnyOpenStage_201()
    {
        await rig.StartedAsync(azurite);
        CaseKey first = await rig.OpenAsync(FacilityA);
        CaseKey appeal = await rig.OpenAsync(FacilityA, definite: true);

        HttpResponseMessage early = await UploadAsync(UserOfA, first.ToString(), "a.pdf", "application/pdf", Pdf);
        HttpResponseMessage panel = await UploadAsync(Panel1, appeal.ToString(), "a.pdf", "application/pdf", Pdf);
        HttpResponseMessage reviewer = await UploadAsync(Reviewer1, first.ToString(), "a.pdf", "application/pdf", Pdf);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("stage", (await ApiRig.JsonAsync(early))["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, panel.StatusCode);
        Assert.Equal(HttpStatusCode.Created, reviewer.StatusCode);
    }

    [Fact]
    public async Task FileAppeal_NamingEvidenceOfAnotherCase_422_AndItsOwn_200()
    {
        await rig.StartedAsync(azurite);
        CaseKey mine = await rig.OpenAsync(FacilityA, definite: true);
        CaseKey other = await rig.OpenAsync(FacilityA, definite: true);
        CaseKey ofB = await rig.OpenAsync(FacilityB, definite: true);
        JsonNode own = await ApiRig.JsonAsync(await UploadAsync(UserOfA, mine.ToString(), "own.pdf", "application/pdf", Pdf));
        JsonNode otherCase = await ApiRig.JsonAsync(await UploadAsync(UserOfA, other.ToString(), "other.pdf", "application/pdf", Pdf));
        JsonNode otherFacility = await ApiRig.JsonAsync(await UploadAsync(UserOfB, ofB.ToString(), "b.pdf", "application/pdf", Pdf));

        foreach (JsonNode foreign in new[] { otherCase, otherFacility })
        {
            HttpResponseMessage refused = await rig.CommandAsync(UserOfA, mine.ToString(),
                $$"""{"command":"FileAppeal","statement":"见附件","evidence":[{{foreign.ToJsonString()}}]}""");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal("InvalidEvidence", (await ApiRig.JsonAsync(refused))["code"]!.GetValue<string>());
        }

        HttpResponseMessage done = await rig.CommandAsync(UserOfA, mine.ToString(), $$"""{"command":"FileAppeal","statement":"见附件","evidence":[{{own.ToJsonString()}}]}""");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("ReReview", (await ApiRig.JsonAsync(done))["case"]!["stage"]!.GetValue<string>());
    }

    private Task<HttpResponseMessage> UploadAsync(string user, string key, string fileName, string contentType, byte[] content) =>
        rig.UploadEvidenceAsync(user, key, fileName, contentType, content);
}
