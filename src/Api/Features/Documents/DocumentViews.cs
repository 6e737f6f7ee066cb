using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Domain.Common;
using Supervision.Domain.Documents;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Documents;

/// <summary>
/// A document's metadata, which is all the system holds of any document: the text of a restricted one stays with its
/// issuer, and state secrets are never stored (<see cref="ClassificationRules.EnsureAllowedHere"/>).
/// </summary>
public sealed record DocumentResponse(
    Guid Id,
    DocumentSystem System,
    DocType DocType,
    Direction Direction,
    DocumentStatus Status,
    string? Symbol,
    int? Number,
    IReadOnlyList<UnitRef> Issuers,
    DateOnly? IssuedOn,
    DateOnly? EffectiveOn,
    DateOnly? ExpiresOn,
    string SubjectVi,
    string? SubjectEn,
    IReadOnlyList<Field> Fields,
    Classification Confidentiality,
    string ConfidentialityVi,
    Urgency Urgency,
    Guid? SupersededById,
    PersonRef? Signer,
    PersonRef? ApprovedBy);

/// <summary>Which documents concern a unit, and how one reads.</summary>
internal static class DocumentViews
{
    /// <summary>
    /// The documents issued by one of <paramref name="units"/>, or sent to one: the decision, plan, outline and
    /// conclusion notice of an inspection of the unit, the letter of an urge notice addressed to it, the document
    /// that set a report the unit owes, and the KH document of a plan that gives the unit work (leading or supporting
    /// one of its work tasks). Documents carry no addressee list of their own, so being sent somewhere is read from
    /// the records that cite them.
    /// </summary>
    public static IQueryable<Document> Concerning(SupervisionDbContext db, IQueryable<Document> documents, List<Guid> units)
    {
        var inspections = db.Inspections.Where(i => i.TargetOrgUnitIds.Any(u => units.Contains(u)));
        var sent = inspections.Where(i => i.DecisionDocumentId != null).Select(i => i.DecisionDocumentId!.Value)
            .Concat(inspections.Where(i => i.PlanDocumentId != null).Select(i => i.PlanDocumentId!.Value))
            .Concat(inspections.Where(i => i.OutlineDocumentId != null).Select(i => i.OutlineDocumentId!.Value))
            .Concat(inspections.Where(i => i.Conclusion != null).Select(i => i.Conclusion!.DocumentId))
            .Concat(db.UrgeNotices.Where(n => n.DocumentId != null && n.AddresseeOrgUnitIds.Any(u => units.Contains(u))).Select(n => n.DocumentId!.Value))
            .Concat(db.ReportingObligations.Where(o => o.SourceDocumentId != null && o.RequiredFromOrgUnitIds.Any(u => units.Contains(u))).Select(o => o.SourceDocumentId!.Value))
            .Concat(db.Plans.Where(p => p.DocumentId != null
                    && db.WorkTasks.Any(w => w.PlanId == p.Id && (units.Contains(w.LeadOrgUnitId) || w.SupportOrgUnitIds.Any(u => units.Contains(u)))))
                .Select(p => p.DocumentId!.Value));
        return documents.Where(d => d.IssuerOrgUnitIds.Any(u => units.Contains(u)) || sent.Contains(d.Id));
    }

    public static DocumentResponse View(Document d, DbOrgDirectory directory, IReadOnlyDictionary<Guid, PersonRef> people) => new(
        d.Id, d.System, d.DocType, d.Direction, d.Status, d.Symbol?.ToString(), d.Number,
        d.IssuerOrgUnitIds.Select(u => UnitRef.Of(u, directory)).ToList(),
        d.IssuedOn, d.EffectiveOn, d.ExpiresOn, d.SubjectVi, d.SubjectEn, d.Fields,
        d.Confidentiality, d.Confidentiality.VietnameseName(), d.Urgency, d.SupersededById,
        PersonRef.Of(d.SignerUserId, people), PersonRef.Of(d.ApprovedByUserId, people));

    /// <summary>The people the documents name (signers and approvers).</summary>
    public static Task<IReadOnlyDictionary<Guid, PersonRef>> PeopleAsync(SupervisionDbContext db, IEnumerable<Document> documents, CancellationToken cancellationToken) =>
        PersonRef.LookUpAsync(db, documents.SelectMany(d => new[] { d.SignerUserId, d.ApprovedByUserId }), cancellationToken);
}
