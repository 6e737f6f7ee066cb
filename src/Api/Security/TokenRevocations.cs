using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Security;

/// <summary>
/// Refuses bearer tokens that are still within their lifetime but no longer speak for their account: the account was
/// disabled, or (for tokens this server issued) its roles, unit or password changed since, which changed its security
/// stamp. Accounts that are disabled or have a stamp are read from <c>users</c> at most every
/// <see cref="RefreshInterval"/> (so a change made by another process arrives within it) and at once after this
/// process's own changes (<see cref="Invalidate"/>). A token whose stamp differs from the cached one although it was
/// issued after (or up to <see cref="ClockMargin"/> before) they were read may come from another process that saw a
/// newer stamp: the accounts are read again before it is judged.
/// </summary>
public sealed class TokenRevocations(IDbContextFactory<SupervisionDbContext> contexts, TimeProvider clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    /// <summary>How far apart the clocks of two server processes may be (as the token lifetime check allows).</summary>
    public static readonly TimeSpan ClockMargin = TimeSpan.FromSeconds(30);

    // A map swapped whole, so a reader on another thread never sees half of an update.
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(DateTimeOffset At, IReadOnlyDictionary<string, Account> Accounts)
    {
        public Account Of(string userName) => Accounts.GetValueOrDefault(userName) ?? Account.Plain;
    }

    private sealed record Account(bool Disabled, string? Stamp)
    {
        public static readonly Account Plain = new(false, null);
    }

    /// <summary>Why a validated token must still be refused, or null when it stands.</summary>
    /// <param name="userName">The token's subject.</param>
    /// <param name="stamp">The security stamp the token carries (null when it carries none).</param>
    /// <param name="issuedHere">True for a token this server issued; an external authority's tokens carry no stamp.</param>
    /// <param name="issuedAt">When the token became valid.</param>
    public async ValueTask<string?> RefusalAsync(string userName, string? stamp, bool issuedHere, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        var snapshot = await ReadAsync(RefreshInterval, cancellationToken);
        var account = snapshot.Of(userName);
        if (issuedHere && account.Stamp != stamp && issuedAt >= snapshot.At - ClockMargin)
            account = (await ReadAsync(TimeSpan.Zero, cancellationToken)).Of(userName);
        if (account.Disabled)
            return "The account is disabled.";
        if (issuedHere && account.Stamp != stamp)
            return "The account's roles, unit or password changed after this token was issued; sign in again.";
        return null;
    }

    /// <summary>Drops the cached accounts; the next check reads the table (call it after changing a user's stamp or disabling one).</summary>
    public void Invalidate() => _snapshot = null;

    private async ValueTask<Snapshot> ReadAsync(TimeSpan maxAge, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var snapshot = _snapshot;
        if (snapshot is not null && now >= snapshot.At && now - snapshot.At < maxAge)
            return snapshot;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = await db.Users.AsNoTracking().Where(u => u.IsDisabled || u.SecurityStamp != null)
            .Select(u => new { u.UserName, u.IsDisabled, u.SecurityStamp }).ToListAsync(cancellationToken);
        snapshot = new Snapshot(now, accounts.ToDictionary(a => a.UserName, a => new Account(a.IsDisabled, a.SecurityStamp), StringComparer.OrdinalIgnoreCase));
        _snapshot = snapshot;
        return snapshot;
    }
}

/// <summary>A token refused by <see cref="TokenRevocations"/>; its message is the reason given to the client.</summary>
public sealed class TokenRevokedException(string message) : Exception(message);
