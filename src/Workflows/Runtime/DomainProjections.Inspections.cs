using System.Text.Json.Nodes;
using Supervision.Domain.Common;
using Supervision.Domain.Documents;
using Supervision.Domain.Inspections;
using Supervision.Workflows.Activities.Cycle;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Workflows.Runtime;

// Inspections and their remediation actions, as domain records.
public sealed partial class DomainProjector
{
    // ---- Remediate ---------------------------------------------------------------------------------

    private const string RemediationReportStage = "Report";

    /// <summary>
    /// A fix a unit owes after the instance's inspection concluded: a remediation action of that inspection, against
    /// the unit's finding. A fix sent back to the unit is the same action, open again.
    /// </summary>
    private static void OpenRemediation(Burst burst, HumanTaskSpec spec, DateTimeOffset at)
    {
        if (Text(spec.Data?["action"]) is not { } text || spec.UnitId is null)
            return;
        var inspection = burst.CurrentInspection()
            ?? throw new DomainException("The remediation follows no inspection recorded in this instance.");
        var unit = DomainKeys.OrgUnit(spec.UnitId);
        if (OpenRemediationOf(inspection, unit, text) is not null)
            return;
        var finding = inspection.Findings.FirstOrDefault(f => f.TargetOrgUnitId == unit && f.CallsForRemediation)
            ?? throw new DomainException("The unit has no finding of the inspection that calls for a fix.");
        var dueOn = spec.DueOn ?? throw new DomainException("The fix has no due date.");
        inspection.AddRemediationAction(finding.Id, unit, text, dueOn, at);
    }

    /// <summary>The unit reports its fix, or the verifier accepts it or sends it back.</summary>
    private static void ProjectRemediationStep(Burst burst, JournalEntry completed)
    {
        var bookmarkId = Text(completed.Data?["bookmarkId"]);
        if (burst.Result.RemovedBookmarks.FirstOrDefault(b => b.Id == bookmarkId) is not { } task)
            return;
        var spec = HumanTaskSpec.FromJson(task.Payload);
        if (spec.UnitId is null || Text(spec.Data?["action"]) is not { } text || burst.CurrentInspection() is not { } inspection
            || OpenRemediationOf(inspection, DomainKeys.OrgUnit(spec.UnitId), text) is not { } action)
            return;
        var at = JournalChain.Normalize(completed.At);
        var by = burst.UserId(completed.Actor ?? Text(completed.Data!["actor"]));
        switch (spec.Stage, Text(completed.Data!["action"]))
        {
            case (RemediationReportStage, _) when action.Status == RemediationStatus.Open:
                inspection.ReportRemediation(action.Id, by, null, at);
                break;
            case (_, "Verify") when action.Status == RemediationStatus.Reported:
                inspection.VerifyRemediation(action.Id, by, at);
                break;
            case (_, "Reject") when action.Status == RemediationStatus.Reported:
                inspection.RejectRemediationReport(action.Id, Text(completed.Data["comment"]) ?? "");
                break;
        }
    }

    /// <summary>Every fix verified: the inspection is over (it stays open until then).</summary>
    private static void CloseInspection(Burst burst, JournalEntry completed)
    {
        if (burst.CurrentInspection() is { Status: InspectionStatus.ConclusionIssued or InspectionStatus.Remediation } inspection
            && inspection.RemediationActions.All(a => a.Status == RemediationStatus.Verified))
        {
            inspection.Close(JournalChain.Normalize(completed.At));
        }
    }

    private static RemediationAction? OpenRemediationOf(Inspection inspection, Guid unit, string action) =>
        inspection.RemediationActions.LastOrDefault(a => a.ResponsibleOrgUnitId == unit && a.Action == action && a.Status != RemediationStatus.Verified);

    // ---- Inspect -----------------------------------------------------------------------------------

    /// <summary>
    /// A concluded inspection, step by step as the record shows it: decision (with its document), self-reports,
    /// verification, findings per inspected unit, conclusion notice (with its document).
    /// </summary>
    private static void ProjectInspection(Burst burst, JournalEntry completed)
    {
        var bookmarkId = Text(completed.Data?["bookmarkId"]);
        var task = burst.Result.RemovedBookmarks.FirstOrDefault(b => b.Id == bookmarkId);
        if (task is null)
            return;
        var conclusionTask = HumanTaskSpec.FromJson(task.Payload);
        if (conclusionTask.Stage != "Conclusion")
            return;
        var key = "inspection:" + task.Id;
        if (burst.Exists<Inspection>(key))
            return;
        if (burst.Output(completed.ActivityId!, "record") is not JsonObject record)
            return;

        var stages = (record["stages"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var decision = stages.FirstOrDefault(s => Text(s["stage"]) == "Decision")
            ?? throw new DomainException("The inspection record has no decision.");
        var conclusion = stages.LastOrDefault(s => Text(s["stage"]) == "Conclusion")
            ?? throw new DomainException("The inspection record has no conclusion.");
        var decidedAt = Instant(decision["at"]) ?? JournalChain.Normalize(completed.At);
        var concludedAt = Instant(conclusion["at"]) ?? JournalChain.Normalize(completed.At);
        var selfReportedAt = stages.Where(s => Text(s["stage"]) == "SelfReport").Select(s => Instant(s["at"])).Max() ?? decidedAt;
        var head = burst.UserId(Text(decision["by"]));
        var leader = burst.UserId(Text(conclusion["by"]) ?? completed.Actor);
        var issuer = conclusionTask.Assignee.UnitId ?? burst.UnitOf(Text(conclusion["by"]))
            ?? throw new DomainException("The concluding leader's unit is unknown, so the inspection's documents have no issuer.");
        var targets = Strings(record["targets"]);
        var topic = Text(record["topic"]) ?? "";
        var topicEn = Text(record["topicEn"]);
        var decidedOn = WorkCalendarDate(decidedAt);

        var inspection = Inspection.Propose(
            Enum.TryParse<InspectionKind>(Text(record["kind"]), out var kind) ? kind : InspectionKind.ThematicSupervision,
            topic,
            topicEn,
            InspectingLevel.Province,
            targets.Select(DomainKeys.OrgUnit),
            // The activity takes no review period: the year of the decision, up to the decision.
            new DateOnly(decidedOn.Year, 1, 1),
            decidedOn,
            decidedAt);
        inspection.FormTeam(head, [], [], null);
        var decisionDocument = IssuedDocument(burst, DocType.Decision, Text(decision["form"]?["decisionSymbol"]), $"Quyết định kiểm tra, giám sát: {topic}", issuer, head, decidedAt,
            UserTask.Framed("Decision on the inspection and supervision", topicEn));
        inspection.IssueDecision(decisionDocument.Id, null, decidedOn, decidedAt);
        inspection.RequestSelfReport(null, decidedAt);
        inspection.ReceiveSelfReport(null, selfReportedAt);
        inspection.StartVerification(selfReportedAt);

        // The conclusion form gives one result and one text for the whole inspection: each inspected unit gets
        // a finding of the kind the result implies (the form does not grade them, so the grade follows the result).
        var findingsText = Text(conclusion["form"]?["findings"]);
        var (type, severity, fallback) = Text(record["result"]) switch
        {
            "Refer" => (FindingType.Violation, (FindingSeverity?)FindingSeverity.Serious, "Có dấu hiệu vi phạm, chuyển Ủy ban Kiểm tra."),
            "Raised" => (FindingType.Shortcoming, FindingSeverity.Moderate, "Có hạn chế cần khắc phục."),
            _ => (FindingType.Strength, null, "Không phát hiện hạn chế, vi phạm."),
        };
        foreach (var target in targets)
            inspection.RecordFinding(DomainKeys.OrgUnit(target), type, severity, findingsText ?? fallback, concludedAt);
        inspection.PrepareDraftReport(concludedAt);
        var notice = IssuedDocument(burst, DocType.Notice, null, $"Thông báo kết luận kiểm tra, giám sát: {topic}", issuer, leader, concludedAt,
            UserTask.Framed("Notice of the inspection and supervision conclusion", topicEn));
        inspection.IssueConclusion(notice.Id, WorkCalendarDate(concludedAt), findingsText is null ? [] : [findingsText], concludedAt);
        // Nothing to fix: the conclusion ends the inspection. Otherwise it stays open until its fixes are verified.
        if (!inspection.Findings.Any(f => f.CallsForRemediation))
            inspection.Close(concludedAt);
        burst.Add(inspection, key);
    }

    /// <summary>
    /// A document the workflow issued, approved by the person who issued it; numbered when the step gave a
    /// symbol that fits it, otherwise left approved for the clerk to number.
    /// </summary>
    private static Document IssuedDocument(Burst burst, DocType type, string? symbolText, string subject, string issuerUnitId, Guid signer, DateTimeOffset at,
        string? subjectEn = null)
    {
        var document = Document.Draft(DocumentSystem.Party, type, [DomainKeys.OrgUnit(issuerUnitId)], subject, subjectEn, at);
        document.SubmitForReview(at);
        document.Approve(signer, at);
        if (DocumentSymbol.TryParse(symbolText, out var symbol))
        {
            try
            {
                document.Issue(symbol, WorkCalendarDate(at), signer, at);
            }
            catch (DomainException)
            {
                // A symbol of another system or type: the document stays approved and unnumbered.
            }
        }
        burst.Db.Documents.Add(document);
        return document;
    }
}
