using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Admin.ListUsers;

internal sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    public ListUsersValidator()
    {
        RuleFor(r => r.Search).MaximumLength(200).NoControlCharacters();
        RuleFor(r => r.UnitId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.Role).Must(r => string.IsNullOrEmpty(r) || Security.Roles.All.Contains(r))
            .WithMessage($"The role is one of {string.Join(", ", Security.Roles.All)}.");
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}
