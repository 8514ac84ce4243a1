using System.Buffers.Text;
using System.Text.Json;
using SmartReview.Review;

namespace SmartReview.Functions;

/// <summary>
/// The caller as the review flow's <see cref="Actor"/>, from App Service Authentication's <c>X-MS-CLIENT-PRINCIPAL</c>
/// header (base64 JSON: <c>{"claims":[{"typ":..,"val":..}],"role_typ":..}</c>). Mapped as the host maps a token: the
/// first of the five roles held wins, and a facility user needs its facility claim. Trust it only where Easy Auth
/// runs: the front end then strips the header from incoming requests.
/// </summary>
internal static class CallerPrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>Role values, in the order the host prefers them (a user with several acts in the first).</summary>
    private static readonly (string Name, Role Role)[] Roles =
        [("supervisor", Role.Supervisor), ("panel", Role.PanelMember), ("reviewer", Role.Reviewer), ("facility", Role.Facility), ("admin", Role.Administrator)];

    /// <summary>The actor, or null when the header is missing, unreadable, without an id or without a known role.</summary>
    public static Actor? Parse(string? header, CallerClaims names)
    {
        if (string.IsNullOrWhiteSpace(header) || Decode(header, names.RoleClaim) is not { } claims)
        {
            return null;
        }

        string? id = claims.FirstOrDefault(c => c.Type == names.IdClaim).Value;
        (string Name, Role Role) role = Roles.FirstOrDefault(r => claims.Any(c => c.Type == names.RoleClaim && c.Value == r.Name));
        if (string.IsNullOrEmpty(id) || role.Name is null)
        {
            return null;
        }

        string? facility = role.Role == Role.Facility ? claims.FirstOrDefault(c => c.Type == names.FacilityClaim).Value : null;
        return role.Role == Role.Facility && string.IsNullOrEmpty(facility) ? null : new Actor(id, role.Role, facility);
    }

    /// <summary>The claims; a role under the principal's own <c>role_typ</c> is listed again under <see cref="CallerClaims.RoleClaim"/>.</summary>
    /// <summary>
    /// Null when the caller may go on (then <paramref name="actor"/> is set); else 401 without a principal, 403 with one
    /// that holds none of <paramref name="allowed"/> (or no usable role at all).
    /// </summary>
    public static IResult? Refusal(string? header, CallerClaims names, IReadOnlyCollection<Role> allowed, out Actor actor)
    {
        actor = Actor.System;
        if (string.IsNullOrWhiteSpace(header))
        {
            return Problems.Unauthorized();
        }

        if (Parse(header, names) is not { } parsed || !allowed.Contains(parsed.Role))
        {
            return Problems.Forbidden("no role allowed here");
        }

        actor = parsed;
        return null;
    }

    private static List<(string Type, string Value)>? Decode(string header, string roleClaim)
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
                .Select(c => c.Type == roleType ? (roleClaim, c.Value) : c)];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
