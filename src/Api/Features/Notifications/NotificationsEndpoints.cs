using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Features.Notifications.ListNotifications;
using Supervision.Api.Features.Notifications.MarkAllRead;
using Supervision.Api.Security;

namespace Supervision.Api.Features.Notifications;

internal static class NotificationsEndpoints
{
    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization(Policies.Authenticated);

        group.MapGet("/", async Task<Ok<NotificationsPage>> (bool? unreadOnly, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListNotifications.ListNotifications(unreadOnly, page, pageSize), ct)))
            .WithSummary("My notifications, unread first, with the unread count.")
            .ProducesValidationProblem();
        group.MapPost("/{id}/read", async Task<NoContent> (string id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new MarkRead.MarkRead(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Mark one of my notifications read.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/read-all", async Task<Ok<MarkedRead>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MarkAllRead.MarkAllRead(), ct)))
            .WithSummary("Mark all my notifications read.");
        return app;
    }
}
