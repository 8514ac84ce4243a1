namespace SmartReview.Host.Auth;

/// <summary>
/// The <c>Auth</c> section. Locally: demo users from <see cref="DemoUsers"/> (a JSON file of password hashes, relative
/// to the host's folder; empty = no local sign-in) signing in to a cookie. In production: bearer tokens from the
/// OpenID Connect provider at <see cref="Authority"/> for <see cref="Audience"/>, read through the claim names below.
/// </summary>
internal sealed record AuthSettings
{
    public string DemoUsers { get; init; } = "demo-users.json";

    /// <summary>Whether local demo users may sign in at all: on locally, off in the Azure template (infra/azure/main.bicep).</summary>
    public bool DemoUsersEnabled { get; init; } = true;

    public string? Authority { get; init; }

    public string? Audience { get; init; }

    /// <summary>Whether the provider must be reached over https (off only for a local test provider).</summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    /// <summary>The claim holding the user's id (recorded as the actor of every decision).</summary>
    public string IdClaim { get; init; } = "sub";

    /// <summary>The claim holding the user's roles: reviewer, facility, panel, supervisor, admin.</summary>
    public string RoleClaim { get; init; } = "roles";

    /// <summary>The claim binding a facility user to its one facility.</summary>
    public string FacilityClaim { get; init; } = "facility";

    public string CookieName { get; init; } = "sr.auth";

    /// <summary>
    /// A PKCS#12 (.pfx) file whose certificate encrypts the stored Data Protection keys (relative to the host's folder);
    /// empty = keys stored unencrypted, as locally.
    /// </summary>
    public string? KeyCertificate { get; init; }

    public string? KeyCertificatePassword { get; init; }

    public bool UsesTokens => !string.IsNullOrWhiteSpace(Authority);
}
