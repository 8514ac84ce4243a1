using System.Net;
using SmartReview.Application.Cases;
using SmartReview.Host.Tests.Support;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>
/// Evidence limits come from configuration (<c>Evidence:MaxBytes</c>, <c>Evidence:AllowedTypes</c>): a host set to
/// 4 KB of PDF only refuses a 5 KB PDF and any PNG; a type with no known signature stops the host at start.
/// </summary>
public sealed class EvidenceSettingsTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    private static readonly Dictionary<string, string> PdfUpTo4K = new()
    {
        ["Evidence__MaxBytes"] = "4096",
        ["Evidence__AllowedTypes__0"] = "application/pdf",
    };

    [Theory]
    [InlineData(4096, HttpStatusCode.Created)]
    [InlineData(4097, HttpStatusCode.RequestEntityTooLarge)]
    public async Task Upload_AtAndOverTheConfiguredSize(int bytes, HttpStatusCode expected)
    {
        await rig.StartedAsync(azurite, PdfUpTo4K);
        CaseKey key = await rig.OpenAsync(FacilityA, definite: true);
        byte[] pdf = new byte[bytes];
        "%PDF-1.7\n"u8.CopyTo(pdf);

        HttpResponseMessage response = await UploadAsync(key, "a.pdf", "application/pdf", pdf);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Upload_PngWhenOnlyPdfIsConfigured_415NamingTheAllowedType()
    {
        await rig.StartedAsync(azurite, PdfUpTo4K);
        CaseKey key = await rig.OpenAsync(FacilityA, definite: true);

        HttpResponseMessage response = await UploadAsync(key, "scan.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("file 'scan.png': type image/png is not allowed (pdf)", (await ApiRig.JsonAsync(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_TypeWithoutKnownSignature_HostRefusesNamingTheSetting()
    {
        await using HostProcess host = HostProcess.Start(azurite.NewOptions(), new Dictionary<string, string> { ["Evidence__AllowedTypes__0"] = "text/html" });

        int exit = await host.ExitedAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exit);
        Assert.Contains("Evidence:AllowedTypes: 'text/html' has no known file signature", host.Tail(80), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> UploadAsync(CaseKey key, string fileName, string contentType, byte[] content) =>
        rig.UploadEvidenceAsync(UserOfA, key.ToString(), fileName, contentType, content);
}
