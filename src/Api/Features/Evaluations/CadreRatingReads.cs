using System.Text.Json;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Evaluations;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Evaluations;

/// <summary>
/// Cadre ratings (evaluations of a person) are sensitive personal data: every answer that shows one is kept in the
/// audit (<c>admin_audit</c>, action <see cref="Action"/>) with who read which evaluations and when.
/// </summary>
internal static class CadreRatingReads
{
    public const string Action = "ReadCadreRating";

    public static async Task RecordAsync(SupervisionDbContext db, CurrentUser reader, TimeProvider clock, IEnumerable<Evaluation> shown, CancellationToken cancellationToken)
    {
        var people = shown.Where(e => e.SubjectType == EvaluationSubjectType.Person).Select(e => e.Id).ToList();
        if (people.Count == 0)
            return;
        db.AdminAudit.Add(AuditOutcomes.Record(clock, reader.UserName, Action, JsonSerializer.Serialize(new { evaluationIds = people }, JsonSerializerOptions.Web), AuditOutcomes.Done));
        await db.SaveChangesAsync(cancellationToken);
    }
}
