using FluentValidation;
using FluentValidation.Results;

namespace Supervision.Api.Features.WorkflowDefinitions.ImportDefinitions;

internal sealed class ImportDefinitionsValidator : AbstractValidator<ImportDefinitions>
{
    public ImportDefinitionsValidator()
    {
        RuleFor(r => r.Files).NotEmpty().OverridePropertyName("file").WithMessage("Upload a .json definition or a .zip of definitions (multipart form field 'file').");
        RuleFor(r => r.Files.Count).LessThanOrEqualTo(ImportDefinitions.MaxFiles).OverridePropertyName("file")
            .WithMessage($"Upload at most {ImportDefinitions.MaxFiles} files at once; put more in a .zip.");
        RuleForEach(r => r.Files).Must(f => f.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            .OverridePropertyName("file").WithMessage((_, f) => $"'{f.FileName}' is neither a .json nor a .zip file.");
        RuleForEach(r => r.Files).Must(f => f.Content.Length > 0).OverridePropertyName("file").WithMessage((_, f) => $"'{f.FileName}' is empty.");
        // The README names one field; a file sent under another would otherwise be imported as if it were meant.
        RuleFor(r => r).Custom((r, context) =>
        {
            foreach (var f in r.Files.Where(f => f.Field != ImportDefinitions.FileField))
                context.AddFailure(new ValidationFailure(f.Field, $"Send files in the form field '{ImportDefinitions.FileField}'; '{f.FileName}' came in '{f.Field}'."));
        });
    }
}
