using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.Evaluations.GetEvaluation;

/// <summary>
/// One evaluation with its criteria and the reasons given on review and decision. As for a task, an id that names no
/// evaluation is 404 and an evaluation of a subject outside the officer's units is 403.
/// </summary>
public sealed record GetEvaluation(string Id) : IRequest<EvaluationDetail>;

internal sealed class GetEvaluationHandler(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory, TimeProvider clock)
    : IRequestHandler<GetEvaluation, EvaluationDetail>
{
    public async ValueTask<EvaluationDetail> Handle(GetEvaluation request, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(request.Id, out var id))
            throw new NotFoundException("Evaluation", request.Id);
        var row = await db.Evaluations.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { Evaluation = e, InstanceId = EF.Property<string?>(e, ProjectionColumns.WorkflowInstanceId) })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Evaluation", request.Id);
        if (!EvaluationViews.Concerns(row.Evaluation, UnitScope.For(current.User, directory).OrgUnitKeys(directory)))
            throw new ForbiddenException("This evaluation is of another unit.");
        await CadreRatingReads.RecordAsync(db, current.User, clock, [row.Evaluation], cancellationToken);
        return EvaluationViews.Detail(row.Evaluation, row.InstanceId, directory, await EvaluationViews.PeopleAsync(db, [row.Evaluation], cancellationToken));
    }
}
