using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SmartReview.Host.Tests.Support;

/// <summary>
/// A stand-in OpenID Connect provider on loopback: its discovery document and signing key (what a bearer-token host
/// fetches from its Authority), and tokens signed with that key for whatever claims a test names.
/// </summary>
public sealed class TestIssuer : IDisposable
{
    private const string KeyId = "test-key";
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public TestIssuer()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Authority = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Authority + "/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Authority { get; }

    /// <summary>A token for <paramref name="audience"/> with <paramref name="claims"/>, signed by this issuer or, if asked, by a stranger's key.</summary>
    internal string Token(string audience, IDictionary<string, object> claims, bool strangersKey = false)
    {
        using RSA stranger = RSA.Create(2048);
        var key = new RsaSecurityKey(strangersKey ? stranger : _rsa) { KeyId = KeyId };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            Claims = claims,
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
        _rsa.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            RSAParameters p = _rsa.ExportParameters(false);
            string body = context.Request.Url!.AbsolutePath.EndsWith("/jwks", StringComparison.Ordinal)
                ? $$"""{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"{{KeyId}}","n":"{{Base64UrlEncoder.Encode(p.Modulus)}}","e":"{{Base64UrlEncoder.Encode(p.Exponent)}}"}]}"""
                : $$"""{"issuer":"{{Authority}}","jwks_uri":"{{Authority}}/jwks","id_token_signing_alg_values_supported":["RS256"]}""";
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
