namespace Supervision.Api.Security;

/// <summary>Settings of section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>The HMAC key that signs tokens; generated and kept in the data folder when not set.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "supervision";
    public string Audience { get; set; } = "supervision";

    /// <summary>Token lifetime: the idle session expiry (re-login refreshes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Administrators get shorter sessions.</summary>
    public TimeSpan AdminTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public int MaxFailedLogins { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Accounts unused this long are disabled at sign-in.</summary>
    public TimeSpan DisableUnusedAfter { get; set; } = TimeSpan.FromDays(45);

    /// <summary><c>Length</c> (default: 8+ characters) or <c>Strict</c> (12+ with upper, lower, digit and symbol).</summary>
    public string PasswordProfile { get; set; } = "Length";

    /// <summary>An external OpenID Connect authority whose tokens are also accepted (optional).</summary>
    public string? Authority { get; set; }

    /// <summary>Sign-in attempts allowed per client address and minute.</summary>
    public int TokenRequestsPerMinute { get; set; } = 20;

    /// <summary>
    /// Whether administrators must sign in with a one-time code from an authenticator app before they may administer;
    /// unset: required in Production, not elsewhere.
    /// </summary>
    public bool? RequireTotpForAdmins { get; set; }

    /// <summary>Whether the demo users are seeded on a fresh database.</summary>
    public bool SeedDemoUsers { get; set; } = true;
}
