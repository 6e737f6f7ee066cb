using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Tasks.CompleteTask;

internal sealed class CompleteTaskValidator : AbstractValidator<CompleteTask>
{
    public CompleteTaskValidator()
    {
        RuleFor(r => r.Action).NotEmpty().WithMessage("Choose an action.").MaximumLength(64);
        RuleFor(r => r.Comment).MaximumLength(4000).NoControlCharacters(multiLine: true);
        RuleFor(r => r.Form).Must(f => f is null || f.ToJsonString().Length <= 256 * 1024).WithMessage("The form is larger than 256 KB.");
    }
}
