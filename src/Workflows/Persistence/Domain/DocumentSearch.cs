using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Documents;
using Supervision.Workflows.Human;

namespace Supervision.Workflows.Persistence.Domain;

/// <summary>The accent-insensitive search text of a document (a shadow column), kept up to date whenever a document is saved.</summary>
public static class DocumentSearch
{
    public const string Column = "SearchText";

    /// <summary>What a search matches: both subjects and the symbol, folded.</summary>
    public static string TextOf(Document document) =>
        SearchText.Fold(string.Join(' ', new[] { document.SubjectVi, document.SubjectEn, document.Symbol?.ToString() }.Where(t => !string.IsNullOrEmpty(t))));

    internal static void Stamp(DbContext db)
    {
        // Every save passes here: look at the tracked documents alone (detecting their changes one by one) rather than
        // have the change tracker scan every entry once more before the save scans them itself.
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries<Document>())
            {
                if (detect)
                    entry.DetectChanges();
                if (entry.State is EntityState.Added or EntityState.Modified)
                    entry.Property<string?>(Column).CurrentValue = TextOf(entry.Entity);
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>Fills the search text of documents saved before it existed (once, after migrating).</summary>
    internal static async Task BackfillAsync(SupervisionDbContext db, CancellationToken cancellationToken)
    {
        var missing = await db.Documents.Where(d => EF.Property<string?>(d, Column) == null).ToListAsync(cancellationToken);
        if (missing.Count == 0)
            return;
        foreach (var document in missing)
            db.Entry(document).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
    }
}
