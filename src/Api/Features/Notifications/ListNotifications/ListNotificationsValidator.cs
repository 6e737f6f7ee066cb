using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Notifications.ListNotifications;

internal sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator() => Paging.RulesFor(this, r => r.Page, r => r.PageSize);
}
