using System.IO.Compression;
using Mediator;
using Supervision.Api.Security;
using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowDefinitions.ImportDefinitions;

/// <summary>An uploaded file: a definition (<c>.json</c>) or an archive of definitions (<c>.zip</c>).</summary>
public sealed record UploadedFile(string FileName, byte[] Content);

/// <summary>
/// Imports definitions, each file on its own: as new drafts, or (<see cref="Publish"/>) saved and published when
/// valid. A file whose content a version already has is left alone. The report says what happened to every file.
/// </summary>
public sealed record ImportDefinitions(IReadOnlyList<UploadedFile> Files, bool Publish) : IRequest<ImportResponse>
{
    public const int MaxFiles = 20;
    public const long MaxBodyBytes = 20 * 1024 * 1024;
}

public sealed record ImportResponse(IReadOnlyList<ImportedFile> Files, int Saved, int Published, int Unchanged, int Skipped);

/// <param name="Outcome"><c>Saved</c> (a new draft), <c>Published</c>, <c>Unchanged</c> or <c>Skipped</c> (see <see cref="Problems"/>).</param>
public sealed record ImportedFile(string File, string Outcome, string? DefinitionId, int? Version, IReadOnlyList<string> Problems);

internal sealed class ImportDefinitionsHandler(SupervisionDbContext db, WorkflowDefinitionStore store, CurrentUserAccessor current) : IRequestHandler<ImportDefinitions, ImportResponse>
{
    private const int MaxArchiveEntries = 500;
    private const long MaxArchiveBytes = 64 * 1024 * 1024;

    public async ValueTask<ImportResponse> Handle(ImportDefinitions request, CancellationToken cancellationToken)
    {
        var results = new List<ImportedFile>();
        foreach (var file in request.Files)
        {
            if (file.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (name, content, problem) in Unpack(file))
                    results.Add(problem is not null ? Skipped(name, [problem]) : await ImportOneAsync(name, content!, request.Publish, cancellationToken));
            }
            else
            {
                results.Add(await ImportOneAsync(file.FileName, file.Content, request.Publish, cancellationToken));
            }
        }
        return new ImportResponse(results,
            results.Count(r => r.Outcome == "Saved"),
            results.Count(r => r.Outcome == "Published"),
            results.Count(r => r.Outcome == "Unchanged"),
            results.Count(r => r.Outcome == "Skipped"));
    }

    private async Task<ImportedFile> ImportOneAsync(string name, byte[] content, bool publish, CancellationToken cancellationToken)
    {
        WorkflowDefinition definition;
        try
        {
            definition = WorkflowDefinitionReader.Read(content).Definition;
        }
        catch (DefinitionFormatException ex)
        {
            return Skipped(name, [ex.Message]);
        }
        if (string.IsNullOrWhiteSpace(definition.DefinitionId))
            definition.DefinitionId = Path.GetFileNameWithoutExtension(name);
        var refused = DefinitionRules.Check(definition);
        if (refused.Count > 0)
            return Skipped(name, refused.Select(f => $"{f.PropertyName}: {f.ErrorMessage}").ToList(), definition.DefinitionId);

        try
        {
            if (publish)
            {
                var (outcome, stored) = await store.ImportAsync(definition, current.User.UserName, cancellationToken);
                return outcome == ImportOutcome.Published
                    ? new ImportedFile(name, "Published", stored!.DefinitionId, stored.Version, [])
                    : new ImportedFile(name, "Unchanged", definition.DefinitionId, null, []);
            }
            var hash = DefinitionContentHash.Compute(definition);
            var same = await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definition.DefinitionId && d.ContentHash == hash)
                .Select(d => (int?)d.Version).FirstOrDefaultAsync(cancellationToken);
            if (same is not null)
                return new ImportedFile(name, "Unchanged", definition.DefinitionId, same, []);
            var saved = await store.SaveDraftAsync(definition, current.User.UserName, cancellationToken);
            return new ImportedFile(name, "Saved", saved.DefinitionId, saved.Version, []);
        }
        catch (DefinitionValidationException ex)
        {
            return Skipped(name, ex.Problems.Where(p => !p.IsWarning).Select(p => p.ToString()).ToList(), definition.DefinitionId);
        }
        catch (WorkflowConflictException ex)
        {
            return Skipped(name, [ex.Message], definition.DefinitionId);
        }
    }

    /// <summary>The archive's <c>.json</c> entries, read with limits that do not trust the sizes the archive declares.</summary>
    private static IEnumerable<(string Name, byte[]? Content, string? Problem)> Unpack(UploadedFile file)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(file.Content), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            return [(file.FileName, null, $"Not a readable zip archive: {ex.Message}")];
        }
        using (archive)
        {
            var entries = new List<(string, byte[]?, string?)>();
            long total = 0;
            var files = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            if (files.Count > MaxArchiveEntries)
                return [(file.FileName, null, $"The archive has {files.Count} entries; the limit is {MaxArchiveEntries}.")];
            foreach (var entry in files)
            {
                var name = $"{file.FileName}/{entry.FullName}";
                if (!entry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal))
                {
                    entries.Add((name, null, "Not a .json file."));
                    continue;
                }
                var (content, problem) = ReadBounded(entry, WorkflowDefinitionReader.DefaultMaxBytes);
                if (content is not null)
                {
                    total += content.Length;
                    if (total > MaxArchiveBytes)
                        return [.. entries, (name, null, $"The archive unpacks to more than {MaxArchiveBytes} bytes; import it in parts.")];
                }
                entries.Add((name, content, problem));
            }
            return entries;
        }
    }

    private static (byte[]? Content, string? Problem) ReadBounded(ZipArchiveEntry entry, int maxBytes)
    {
        try
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                    return (null, $"The file unpacks to more than {maxBytes} bytes; the limit for a definition.");
                buffer.Write(chunk, 0, read);
            }
            return (buffer.ToArray(), null);
        }
        catch (InvalidDataException ex)
        {
            return (null, $"The entry cannot be unpacked: {ex.Message}");
        }
    }

    private static ImportedFile Skipped(string name, IReadOnlyList<string> problems, string? definitionId = null) =>
        new(name, "Skipped", definitionId, null, problems);
}
