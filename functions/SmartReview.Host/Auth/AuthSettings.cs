namespace SmartReview.Host.Auth;

/// <summary>
/// The <c>Auth</c> section. Locally: demo users from <see cref="DemoUsers"/> (a JSON file of password hashes, relative
/// to the host's folder; empty = no local sign-in) signing in to a cookie. In production: bearer tokens from the
/// OpenID Connect provider at <see cref="Authority"/> for <see cref="Audience"/>, read through the claim names of <c>ClaimNames</c>.
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

    public string CookieName { get; init; } = "sr.auth";

    /// <summary>
    /// Users known to the host besides the demo users (with tokens: the people cases may be assigned to; an id not
    /// here nor among the demo users is refused as an assignee).
    /// </summary>
    public DirectoryUser[] Users { get; init; } = [];

    /// <summary>How long a sign-in session read from the table is trusted before it is read again (at most 5 s).</summary>
    public int SessionCacheSeconds { get; init; } = 5;

    /// <summary>
    /// A PKCS#12 (.pfx) file whose certificate encrypts the stored Data Protection keys (relative to the host's folder);
    /// empty = keys stored unencrypted, as locally.
    /// </summary>
    public string? KeyCertificate { get; init; }

    public string? KeyCertificatePassword { get; init; }

    public bool UsesTokens => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>The <c>Auth</c> section (its claim names are <see cref="Edge.Auth.ClaimNames"/>); an empty value counts as unset.</summary>
    public static AuthSettings From(IConfiguration config)
    {
        AuthSettings settings = config.GetSection("Auth").Get<AuthSettings>() ?? new AuthSettings();
        return settings with
        {
            Authority = NullIfEmpty(settings.Authority),
            Audience = NullIfEmpty(settings.Audience),
            KeyCertificate = NullIfEmpty(settings.KeyCertificate),
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
