using Supervision.Domain.Documents;

namespace Supervision.Domain.Tests.Documents;

internal static class Documents
{
    public static readonly Guid Board = Guid.NewGuid();

    public static Document PartyGuidanceDraft() =>
        Document.Draft(DocumentSystem.Party, DocType.Guidance, [Board], "Hướng dẫn công tác khoa giáo năm 2026", null, Times.Now);

    public static Document Approved(Document document)
    {
        document.SubmitForReview(Times.Now);
        document.Approve(Guid.NewGuid(), Times.Now);
        return document;
    }

    public static Document IssuedGuidance(int number = 31)
    {
        var document = Approved(PartyGuidanceDraft());
        document.Issue(DocumentSymbol.Party(number, "HD", "BTGTW"), new(2026, 1, 8), Guid.NewGuid(), Times.Now);
        return document;
    }
}
