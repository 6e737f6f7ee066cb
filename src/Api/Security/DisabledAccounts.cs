using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Security;

/// <summary>
/// The user names of disabled accounts, which the bearer-token check refuses even while a token issued before is
/// still valid. Read from <c>users</c> at most every <see cref="RefreshInterval"/> (so a change made by another
/// process arrives within it) and changed at once by this process's own enable and disable.
/// </summary>
public sealed class DisabledAccounts(IDbContextFactory<SupervisionDbContext> contexts, TimeProvider clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    // A set swapped whole, so a reader on another thread never sees half of an update.
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(DateTimeOffset At, IReadOnlySet<string> UserNames);

    public async ValueTask<bool> IsDisabledAsync(string userName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var snapshot = _snapshot;
        if (snapshot is null || now < snapshot.At || now - snapshot.At >= RefreshInterval)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var names = await db.Users.AsNoTracking().Where(u => u.IsDisabled).Select(u => u.UserName).ToListAsync(cancellationToken);
            snapshot = new Snapshot(now, names.ToHashSet(StringComparer.OrdinalIgnoreCase));
            _snapshot = snapshot;
        }
        return snapshot.UserNames.Contains(userName);
    }

    /// <summary>Drops the cached set; the next check reads the table (call it after enabling or disabling a user).</summary>
    public void Invalidate() => _snapshot = null;
}
