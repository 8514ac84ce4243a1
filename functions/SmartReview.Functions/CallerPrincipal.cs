using System.Buffers.Text;
using System.Security.Claims;
using System.Text.Json;
using SmartReview.Edge;
using SmartReview.Edge.Auth;
using SmartReview.Review;

namespace SmartReview.Functions;

/// <summary>
/// The caller from App Service Authentication's <c>X-MS-CLIENT-PRINCIPAL</c> header (base64 JSON:
/// <c>{"claims":[{"typ":..,"val":..}],"role_typ":..}</c>), as a principal in the configured claim names, so it becomes
/// an <see cref="Actor"/> exactly as the host's cookie or token does (<see cref="SignedIn"/>). Trust it only where Easy
/// Auth runs: the front end then strips the header from incoming requests.
/// </summary>
internal static class CallerPrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";
    private const string Scheme = "EasyAuth";

    /// <summary>
    /// The actor, or null when the header is missing or unreadable, or <see cref="SignedIn.Actor"/> finds none; a role
    /// under the principal's own <c>role_typ</c> counts as a role.
    /// </summary>
    public static Actor? Parse(string? header, SignedIn signedIn) =>
        string.IsNullOrWhiteSpace(header) || Decode(header, signedIn.Names.RoleClaim) is not { } claims
            ? null
            : signedIn.Actor(signedIn.Principal(claims, Scheme));

    /// <summary>
    /// Null when the caller may go on (then <paramref name="actor"/> is set); else 401 without a principal, 403 with one
    /// whose role (the first it holds) is none of <paramref name="allowed"/>, or with no usable role at all.
    /// </summary>
    public static IResult? Refusal(string? header, SignedIn signedIn, IReadOnlyCollection<Role> allowed, out Actor actor)
    {
        actor = Actor.System;
        if (string.IsNullOrWhiteSpace(header))
        {
            return Problems.Unauthorized();
        }

        if (Parse(header, signedIn) is not { } parsed || !allowed.Contains(parsed.Role))
        {
            return Problems.Forbidden("no role allowed here");
        }

        actor = parsed;
        return null;
    }

    private static List<Claim>? Decode(string header, string roleClaim)
    {
        byte[] json = new byte[Base64.GetMaxDecodedFromUtf8Length(header.Length)];
        if (!Convert.TryFromBase64String(header.Trim(), json, out int length))
        {
            return null;
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(json.AsMemory(0, length));
            if (!doc.RootElement.TryGetProperty("claims", out JsonElement claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            string? roleType = doc.RootElement.TryGetProperty("role_typ", out JsonElement r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            return [.. claims.EnumerateArray()
                .Where(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("typ", out _) && c.TryGetProperty("val", out _))
                .Select(c => (Type: c.GetProperty("typ").GetString() ?? "", Value: c.GetProperty("val").GetString() ?? ""))
                .Select(c => new Claim(c.Type == roleType ? roleClaim : c.Type, c.Value))];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
