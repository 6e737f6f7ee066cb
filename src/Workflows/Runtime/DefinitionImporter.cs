using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Workflows.Definitions;

namespace Supervision.Workflows.Runtime;

/// <summary>What one folder import did.</summary>
public sealed record ImportReport(IReadOnlyList<string> Published, IReadOnlyList<string> Unchanged, IReadOnlyList<ImportFailure> Skipped);

/// <summary>A file that was not imported, and why.</summary>
public sealed record ImportFailure(string File, IReadOnlyList<string> Problems);

/// <summary>
/// Imports <c>*.json</c> definitions from a folder: a file becomes a new published version only when no version
/// of its definition has the same content yet, so importing twice changes nothing and a file edited in the
/// folder is published once. An invalid file is logged with its problems and skipped; each file is imported in
/// its own transaction, so a file is never half-imported.
/// </summary>
public sealed class DefinitionImporter(WorkflowDefinitionStore store, ILogger<DefinitionImporter>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<DefinitionImporter>.Instance;

    public async Task<ImportReport> ImportFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var published = new List<string>();
        var unchanged = new List<string>();
        var skipped = new List<ImportFailure>();
        if (!Directory.Exists(folder))
        {
            RuntimeLog.ImportFolderMissing(_logger, folder);
            return new ImportReport(published, unchanged, skipped);
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            try
            {
                var definition = WorkflowDefinitionReader.ReadFile(file).Definition;
                var (outcome, stored) = await store.ImportAsync(definition, cancellationToken);
                if (outcome == ImportOutcome.Published)
                {
                    published.Add(name);
                    RuntimeLog.ImportPublished(_logger, name, stored!.DefinitionId, stored.Version);
                }
                else
                {
                    unchanged.Add(name);
                    RuntimeLog.ImportUnchanged(_logger, name);
                }
            }
            catch (DefinitionFormatException ex)
            {
                Skip(name, [ex.Message]);
            }
            catch (DefinitionValidationException ex)
            {
                Skip(name, ex.Problems.Where(p => !p.IsWarning).Select(p => p.ToString()).ToList());
            }
        }
        RuntimeLog.ImportDone(_logger, folder, published.Count, unchanged.Count, skipped.Count);
        return new ImportReport(published, unchanged, skipped);

        void Skip(string name, IReadOnlyList<string> problems)
        {
            skipped.Add(new ImportFailure(name, problems));
            RuntimeLog.ImportSkipped(_logger, name, string.Join("; ", problems));
        }
    }
}
