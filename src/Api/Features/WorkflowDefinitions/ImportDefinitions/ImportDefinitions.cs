using System.IO.Compression;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Supervision.Api.Infrastructure.Localization;
using Supervision.Api.Security;
using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowDefinitions.ImportDefinitions;

/// <summary>An uploaded file: a definition (<c>.json</c>) or an archive of definitions (<c>.zip</c>), and the form field it came in.</summary>
public sealed record UploadedFile(string FileName, byte[] Content, string Field = ImportDefinitions.FileField);

/// <summary>
/// Imports definitions, each file on its own: as new drafts, or (<see cref="Publish"/>) saved and published when
/// valid. A file whose content a version already has is left alone. The report says what happened to every file.
/// Every upload is read first: a <c>.json</c> file that is no definition, or an archive that cannot be opened or holds
/// none, refuses the whole request (400) and nothing is imported; inside an archive that holds definitions, an entry
/// that is none is reported as skipped, with the reason.
/// </summary>
public sealed record ImportDefinitions(IReadOnlyList<UploadedFile> Files, bool Publish) : IRequest<ImportResponse>
{
    /// <summary>The multipart form field the files come in (README, API).</summary>
    public const string FileField = "file";

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

    /// <summary>One file to import: a definition that was read, or the reason it could not be.</summary>
    private sealed record Entry(string Name, WorkflowDefinition? Definition, string? Problem);

    /// <summary>An upload, read: its entries (one for a <c>.json</c> file), or why the upload as a whole is refused.</summary>
    private sealed record Upload(IReadOnlyList<Entry> Entries, IReadOnlyList<string> Refusals);

    public async ValueTask<ImportResponse> Handle(ImportDefinitions request, CancellationToken cancellationToken)
    {
        var uploads = request.Files.Select(Read).ToList();
        var refusals = uploads.SelectMany(u => u.Refusals).Select(m => new ValidationFailure(ImportDefinitions.FileField, m)).ToList();
        if (refusals.Count > 0)
            throw new ValidationException(refusals);

        var results = new List<ImportedFile>();
        foreach (var entry in uploads.SelectMany(u => u.Entries))
        {
            results.Add(entry.Definition is null
                ? Skipped(entry.Name, [MessageTranslator.Translate(entry.Problem!)])
                : await ImportOneAsync(entry.Name, entry.Definition, request.Publish, cancellationToken));
        }
        return new ImportResponse(results,
            results.Count(r => r.Outcome == "Saved"),
            results.Count(r => r.Outcome == "Published"),
            results.Count(r => r.Outcome == "Unchanged"),
            results.Count(r => r.Outcome == "Skipped"));
    }

    private static Upload Read(UploadedFile file)
    {
        if (!file.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var entry = ReadDefinition(file.FileName, file.Content);
            return entry.Definition is null ? new Upload([], [entry.Problem!]) : new Upload([entry], []);
        }
        var (entries, refusal) = Unpack(file);
        if (refusal is not null)
            return new Upload([], [refusal]);
        if (entries.All(e => e.Definition is null))
            return new Upload([], [$"'{file.FileName}' holds no workflow definition that can be read.", .. entries.Select(e => e.Problem!)]);
        return new Upload(entries, []);
    }

    private static Entry ReadDefinition(string name, byte[] content)
    {
        try
        {
            return new Entry(name, WorkflowDefinitionReader.Read(content, fileName: name).Definition, null);
        }
        catch (DefinitionFormatException ex)
        {
            return new Entry(name, null, $"'{name}' cannot be read as a workflow definition: {ex.Message}");
        }
    }

    private async Task<ImportedFile> ImportOneAsync(string name, WorkflowDefinition definition, bool publish, CancellationToken cancellationToken)
    {
        var refused = DefinitionRules.Check(definition);
        if (refused.Count > 0)
            return Skipped(name, refused.Select(f => $"{f.PropertyName}: {MessageTranslator.Translate(f.ErrorMessage)}").ToList(), definition.DefinitionId);

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
            return Skipped(name, ex.Problems.Where(p => !p.IsWarning).Select(p => (p with { Message = MessageTranslator.Translate(p.Message) }).ToString()).ToList(), definition.DefinitionId);
        }
        catch (WorkflowConflictException ex)
        {
            return Skipped(name, [MessageTranslator.Translate(ex.Message)], definition.DefinitionId);
        }
    }

    /// <summary>
    /// The archive's entries, each read as a definition, with limits that do not trust the sizes the archive declares;
    /// or why the archive as a whole cannot be imported.
    /// </summary>
    private static (IReadOnlyList<Entry> Entries, string? Refusal) Unpack(UploadedFile file)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(file.Content), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            // The library's reason ("Central Directory corrupt") is in English and says nothing a reader can act on.
            return ([], $"'{file.FileName}' is not a readable zip archive; it may be damaged or cut short.");
        }
        using (archive)
        {
            var entries = new List<Entry>();
            long total = 0;
            var files = archive.Entries.Where(e => !e.FullName.EndsWith('/') && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)).ToList();
            if (files.Count > MaxArchiveEntries)
                return ([], $"'{file.FileName}' has {files.Count} entries; the limit is {MaxArchiveEntries}.");
            foreach (var entry in files)
            {
                var name = $"{file.FileName}/{entry.FullName}";
                if (!entry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    entries.Add(new Entry(name, null, $"'{name}' is not a .json file."));
                    continue;
                }
                var (content, problem) = ReadBounded(entry, name, WorkflowDefinitionReader.DefaultMaxBytes);
                if (content is null)
                {
                    entries.Add(new Entry(name, null, problem));
                    continue;
                }
                total += content.Length;
                if (total > MaxArchiveBytes)
                    return ([], $"'{file.FileName}' unpacks to more than {MaxArchiveBytes} bytes; import it in parts.");
                entries.Add(ReadDefinition(name, content));
            }
            return (entries, null);
        }
    }

    private static (byte[]? Content, string? Problem) ReadBounded(ZipArchiveEntry entry, string name, int maxBytes)
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
                    return (null, $"'{name}' unpacks to more than {maxBytes} bytes, the limit for a definition.");
                buffer.Write(chunk, 0, read);
            }
            return (buffer.ToArray(), null);
        }
        catch (InvalidDataException)
        {
            return (null, $"'{name}' cannot be unpacked; the archive may be damaged.");
        }
    }

    private static ImportedFile Skipped(string name, IReadOnlyList<string> problems, string? definitionId = null) =>
        new(name, "Skipped", definitionId, null, problems);
}
