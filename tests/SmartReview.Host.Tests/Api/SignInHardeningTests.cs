using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Azure.Storage.Blobs.Models;
using SmartReview.Host.Tests.Support;
using SmartReview.Storage;
using static SmartReview.Host.Tests.Support.Users;

namespace SmartReview.Host.Tests.Api;

/// <summary>
/// The failed-login limit on a host of its own (it locks the failing user name for five minutes once reached, not the address),
/// the sign-in cookie surviving a restart of the host on the same storage (the key ring is in blobs), and the key
/// ring encrypted at rest when a certificate is configured.
/// </summary>
public sealed class SignInHardeningTests(AzuriteFixture azurite, ApiRig rig) : IClassFixture<ApiRig>
{
    [Fact]
    public async Task Login_SixthFailureWithinFiveMinutes_Is429WithRetryAfter_SuccessesDoNotCount_OtherUsersOfTheAddressSignIn()
    {
        await rig.StartedAsync(azurite);
        using HttpClient client = rig.NewClient();

        HttpStatusCode[] successes = await SeriallyAsync(client, 6, Reviewer1, Password);
        HttpStatusCode[] failures = await SeriallyAsync(client, 5, Reviewer2, "wrong");
        HttpResponseMessage sixth = await LoginAsync(client, Reviewer2, "wrong");
        HttpResponseMessage rightPasswordNow = await LoginAsync(client, Reviewer2, Password);
        HttpResponseMessage otherUserSameAddress = await LoginAsync(client, Supervisor, Password);

        Assert.All(successes, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(failures, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        TimeSpan retry = sixth.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retry, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.TooManyRequests, rightPasswordNow.StatusCode);
        // A colleague at the same address with the right password is not locked out by another person's typos.
        Assert.Equal(HttpStatusCode.OK, otherUserSameAddress.StatusCode);
    }

    [Fact]
    public async Task Cookie_FromBeforeAHostRestart_StillSignsIn()
    {
        // Arrange: a host of this test's own on its own storage; sign in and keep the cookie.
        StorageOptions options = azurite.NewOptions();
        await new StorageAccount(options).EnsureCreatedAsync(Ct);
        string cookie;
        await using (HostProcess first = HostProcess.Start(options))
        {
            using HttpClient client = Plain(await first.ListeningAsync(TimeSpan.FromSeconds(60)));
            HttpResponseMessage login = await client.PostAsync("/api/auth/login", Json(Reviewer1, Password), Ct);
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        }

        // Act: a new process on the same storage.
        await using HostProcess second = HostProcess.Start(options);
        using HttpClient again = Plain(await second.ListeningAsync(TimeSpan.FromSeconds(60)));
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        me.Headers.Add("Cookie", cookie);
        HttpResponseMessage answer = await again.SendAsync(me, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains($"\"id\":\"{Reviewer1}\"", await answer.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyRing_WithACertificate_StoredEncryptedAndReadAfterRestart()
    {
        // Arrange: a self-signed certificate in a .pfx, and a host of this test's own configured with it.
        StorageOptions options = azurite.NewOptions();
        var account = new StorageAccount(options);
        await account.EnsureCreatedAsync(Ct);
        string pfx = Path.Combine(Path.GetTempPath(), $"sr-keys-{Guid.NewGuid():N}.pfx");
        using (RSA rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=SmartReview key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-secret"), Ct);
        }

        var settings = new Dictionary<string, string> { ["Auth__KeyCertificate"] = pfx, ["Auth__KeyCertificatePassword"] = "pfx-secret" };
        string cookie;
        await using (HostProcess first = HostProcess.Start(options, settings))
        {
            using HttpClient client = Plain(await first.ListeningAsync(TimeSpan.FromSeconds(60)));
            HttpResponseMessage login = await client.PostAsync("/api/auth/login", Json(Reviewer1, Password), Ct);
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        }

        // Act: read what was stored, then a new process with the same certificate.
        var stored = new List<string>();
        await foreach (BlobItem blob in account.DataProtectionKeys.GetBlobsAsync(cancellationToken: Ct))
        {
            stored.Add((await account.DataProtectionKeys.GetBlobClient(blob.Name).DownloadContentAsync(Ct)).Value.Content.ToString());
        }

        await using HostProcess second = HostProcess.Start(options, settings);
        using HttpClient again = Plain(await second.ListeningAsync(TimeSpan.FromSeconds(60)));
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        me.Headers.Add("Cookie", cookie);
        HttpResponseMessage answer = await again.SendAsync(me, Ct);
        File.Delete(pfx);

        // Assert: the key's secret is an EncryptedXml element, no <masterKey> in the clear; the cookie still reads.
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    private static HttpClient Plain(Uri address) => new(new HttpClientHandler { UseCookies = false }) { BaseAddress = address };

    private static async Task<HttpStatusCode[]> SeriallyAsync(HttpClient client, int times, string user, string password)
    {
        var codes = new List<HttpStatusCode>();
        for (int i = 0; i < times; i++)
        {
            codes.Add((await LoginAsync(client, user, password)).StatusCode);
        }

        return [.. codes];
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string user, string password) =>
        client.PostAsync("/api/auth/login", Json(user, password), Ct);

    private static StringContent Json(string user, string password) =>
        new($$"""{"user":"{{user}}","password":"{{password}}"}""", Encoding.UTF8, "application/json");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
