using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Security;

/// <summary>The key that signs tokens: configured, or generated once and kept in the data folder.</summary>
public sealed class SigningKeyProvider
{
    public SigningKeyProvider(IOptions<AuthOptions> options, IHostEnvironment environment)
    {
        var configured = options.Value.SigningKey;
        byte[] key;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            key = Encoding.UTF8.GetBytes(configured);
            if (key.Length < 32)
                throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes long.");
        }
        else
        {
            var folder = Path.Combine(Directory.GetCurrentDirectory(), "data");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, "signing.key");
            if (File.Exists(file))
            {
                key = Convert.FromBase64String(File.ReadAllText(file).Trim());
            }
            else
            {
                key = RandomNumberGenerator.GetBytes(64);
                File.WriteAllText(file, Convert.ToBase64String(key));
                if (!OperatingSystem.IsWindows())
                    File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        Key = new SymmetricSecurityKey(key) { KeyId = Convert.ToHexStringLower(SHA256.HashData(key))[..16] };
        _ = environment;
    }

    public SymmetricSecurityKey Key { get; }
}

/// <summary>Issues short-lived JWT access tokens; a new sign-in refreshes them.</summary>
public sealed class TokenService(SigningKeyProvider keys, IOptions<AuthOptions> options, TimeProvider clock)
{
    /// <param name="withCode">True when the sign-in checked a one-time code too.</param>
    public (string Token, DateTimeOffset ExpiresAt) Issue(UserRecord user, bool withCode = false)
    {
        var settings = options.Value;
        var roles = user.RoleList();
        var now = clock.GetUtcNow();
        var expires = now + (roles.Contains(Roles.Admin) ? settings.AdminTokenLifetime : settings.TokenLifetime);
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.UserName),
            new(ClaimTypes.NameIdentifier, user.UserName),
            new(CurrentUser.DisplayNameClaim, user.DisplayName),
            new(CurrentUser.LocaleClaim, user.Locale),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        if (user.UnitId is not null)
            claims.Add(new Claim(CurrentUser.UnitClaim, user.UnitId));
        claims.Add(new Claim(TwoStepSignIn.MethodsClaim, TwoStepSignIn.PasswordMethod));
        if (withCode)
            claims.Add(new Claim(TwoStepSignIn.MethodsClaim, TwoStepSignIn.CodeMethod));
        if (user.SecurityStamp is not null)
            claims.Add(new Claim(CurrentUser.StampClaim, user.SecurityStamp));
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var token = new JwtSecurityToken(
            settings.Issuer,
            settings.Audience,
            claims,
            notBefore: now.UtcDateTime,
            expires: expires.UtcDateTime,
            signingCredentials: new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256));
        return (new JwtSecurityTokenHandler().WriteToken(token), expires);
    }
}
