using Supervision.Domain.Common;
using Supervision.Domain.Documents;

namespace Supervision.Domain.Tests.Documents;

public class DocumentFacts
{
    [Fact]
    public void Draft_IsNotPossible_ForStateSecretContent()
    {
        var ex = Should.Throw<DomainException>(() => Document.Draft(
            DocumentSystem.Party, DocType.Guidance, [Documents.Board], "Hướng dẫn", null, Times.Now, Classification.ToiMat));

        ex.Message.ShouldContain("Tối mật");
    }

    [Fact]
    public void Draft_IsNotPossible_WithoutAnIssuer()
    {
        Should.Throw<DomainException>(() => Document.Draft(DocumentSystem.Party, DocType.Guidance, [], "Hướng dẫn", null, Times.Now));
    }

    [Fact]
    public void Draft_IsNotPossible_WithoutSubject()
    {
        Should.Throw<DomainException>(() => Document.Draft(DocumentSystem.Party, DocType.Guidance, [Documents.Board], "  ", null, Times.Now));
    }

    [Fact]
    public void Reclassify_IsNotPossible_ToAStateSecretGrade()
    {
        var document = Documents.PartyGuidanceDraft();

        Should.Throw<DomainException>(() => document.Reclassify(Classification.Mat));
        document.Confidentiality.ShouldBe(Classification.Unclassified);
    }

    [Fact]
    public void Reclassify_AcceptsRestricted()
    {
        var document = Documents.PartyGuidanceDraft();

        document.Reclassify(Classification.Restricted);

        document.Confidentiality.ShouldBe(Classification.Restricted);
    }

    [Fact]
    public void SubmitForReview_MovesDraftToInReview()
    {
        var document = Documents.PartyGuidanceDraft();

        document.SubmitForReview(Times.Now);

        document.Status.ShouldBe(DocumentStatus.InReview);
        document.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<DocumentSubmittedForReview>();
    }

    [Fact]
    public void SubmitForReview_IsNotPossible_WhenAlreadyInReview()
    {
        var document = Documents.PartyGuidanceDraft();
        document.SubmitForReview(Times.Now);

        Should.Throw<DomainException>(() => document.SubmitForReview(Times.Now));
    }

    [Fact]
    public void Approve_IsNotPossible_ForADraftThatWasNeverReviewed()
    {
        var document = Documents.PartyGuidanceDraft();

        Should.Throw<DomainException>(() => document.Approve(Guid.NewGuid(), Times.Now));
        document.Status.ShouldBe(DocumentStatus.Draft);
    }

    [Fact]
    public void ReturnToDraft_KeepsTheCommentForTheDrafter()
    {
        var document = Documents.PartyGuidanceDraft();
        document.SubmitForReview(Times.Now);

        document.ReturnToDraft(Guid.NewGuid(), "Bổ sung chỉ tiêu y tế", Times.Now);

        document.Status.ShouldBe(DocumentStatus.Draft);
        document.ReviewComment.ShouldBe("Bổ sung chỉ tiêu y tế");
    }

    [Fact]
    public void ReturnToDraft_IsNotPossible_WithoutComment()
    {
        var document = Documents.PartyGuidanceDraft();
        document.SubmitForReview(Times.Now);

        Should.Throw<DomainException>(() => document.ReturnToDraft(Guid.NewGuid(), "", Times.Now));
        document.Status.ShouldBe(DocumentStatus.InReview);
    }

    [Fact]
    public void EditDraft_IsNotPossible_OnceInReview()
    {
        var document = Documents.PartyGuidanceDraft();
        document.SubmitForReview(Times.Now);

        Should.Throw<DomainException>(() => document.EditDraft("Khác", null, Urgency.Urgent));
    }

    [Fact]
    public void Issue_SetsNumberSymbolAndDate_AndRaisesDocumentIssued()
    {
        var document = Documents.Approved(Documents.PartyGuidanceDraft());
        var signer = Guid.NewGuid();

        document.Issue(DocumentSymbol.Party(31, "HD", "BTGTW"), new(2026, 1, 8), signer, Times.Now);

        document.Status.ShouldBe(DocumentStatus.Issued);
        document.Number.ShouldBe(31);
        document.Symbol!.ToString().ShouldBe("31-HD/BTGTW");
        document.IssuedOn.ShouldBe(new DateOnly(2026, 1, 8));
        document.SignerUserId.ShouldBe(signer);
        document.DomainEvents.OfType<DocumentIssued>().ShouldHaveSingleItem().Symbol.ShouldBe("31-HD/BTGTW");
    }

    [Fact]
    public void Issue_IsNotPossible_BeforeApproval()
    {
        var document = Documents.PartyGuidanceDraft();
        document.SubmitForReview(Times.Now);

        Should.Throw<DomainException>(() => document.Issue(DocumentSymbol.Party(31, "HD", "BTGTW"), new(2026, 1, 8), Guid.NewGuid(), Times.Now));
        document.Symbol.ShouldBeNull();
    }

    [Fact]
    public void Issue_IsNotPossible_WithTheSymbolOfAnotherType()
    {
        var document = Documents.Approved(Documents.PartyGuidanceDraft());

        Should.Throw<DomainException>(() => document.Issue(DocumentSymbol.Party(31, "KH", "BTGTW"), new(2026, 1, 8), Guid.NewGuid(), Times.Now));
    }

    [Fact]
    public void Issue_IsNotPossible_WithAStateSymbolOnAPartyDocument()
    {
        var document = Documents.Approved(Documents.PartyGuidanceDraft());

        Should.Throw<DomainException>(() => document.Issue(DocumentSymbol.State(31, "HD", "UBND"), new(2026, 1, 8), Guid.NewGuid(), Times.Now));
    }

    [Fact]
    public void Issue_AcceptsTheHistoricQDiCode_ForPartyRegulations()
    {
        var document = Documents.Approved(Document.Draft(DocumentSystem.Party, DocType.Regulation, [Documents.Board], "Quy định", null, Times.Now));

        document.Issue(DocumentSymbol.Parse("07-QĐi/TW"), new(2018, 2, 1), Guid.NewGuid(), Times.Now);

        document.Status.ShouldBe(DocumentStatus.Issued);
    }

    [Fact]
    public void Issue_StateOfficialLetter_CarriesNoTypeCode()
    {
        var letter = Documents.Approved(Document.Draft(DocumentSystem.State, DocType.OfficialLetter, [Documents.Board], "V/v nghỉ Tết", null, Times.Now));

        Should.Throw<DomainException>(() => letter.Issue(DocumentSymbol.State(12729, "CV", "VPCP"), new(2025, 12, 25), Guid.NewGuid(), Times.Now));
        letter.Issue(DocumentSymbol.Parse("12729/VPCP-KGVX"), new(2025, 12, 25), Guid.NewGuid(), Times.Now);

        letter.Number.ShouldBe(12729);
    }

    [Fact]
    public void Issue_IsNotPossible_WhenItExpiresBeforeItTakesEffect()
    {
        var document = Documents.Approved(Documents.PartyGuidanceDraft());

        Should.Throw<DomainException>(() => document.Issue(
            DocumentSymbol.Party(31, "HD", "BTGTW"), new(2026, 1, 8), Guid.NewGuid(), Times.Now, effectiveOn: new(2026, 2, 1), expiresOn: new(2026, 1, 31)));
        document.Status.ShouldBe(DocumentStatus.Approved);
    }

    [Fact]
    public void RegisterIncoming_RecordsAnAlreadyIssuedDocument()
    {
        var document = Document.RegisterIncoming(
            DocType.Plan, DocumentSymbol.Parse("172-KH/TU"), new(2020, 1, 21), [Guid.NewGuid()], "Công tác tuyên giáo năm 2020", null, Times.Now);

        document.Direction.ShouldBe(Direction.Incoming);
        document.Status.ShouldBe(DocumentStatus.Issued);
        document.System.ShouldBe(DocumentSystem.Party);
        document.Number.ShouldBe(172);
    }

    [Fact]
    public void RegisterIncoming_IsNotPossible_WhenSymbolContradictsType()
    {
        Should.Throw<DomainException>(() => Document.RegisterIncoming(
            DocType.Guidance, DocumentSymbol.Parse("172-KH/TU"), new(2020, 1, 21), [Guid.NewGuid()], "Kế hoạch", null, Times.Now));
    }

    [Fact]
    public void Supersede_MarksTheOldDocument()
    {
        var old = Documents.IssuedGuidance(31);
        var replacement = Documents.IssuedGuidance(40);

        old.Supersede(replacement, Times.Now);

        old.Status.ShouldBe(DocumentStatus.Superseded);
        old.SupersededById.ShouldBe(replacement.Id);
    }

    [Fact]
    public void Supersede_IsNotPossible_ByAnUnissuedDraft()
    {
        var old = Documents.IssuedGuidance();

        Should.Throw<DomainException>(() => old.Supersede(Documents.PartyGuidanceDraft(), Times.Now));
        old.Status.ShouldBe(DocumentStatus.Issued);
    }

    [Fact]
    public void Supersede_IsNotPossible_ForADraft()
    {
        Should.Throw<DomainException>(() => Documents.PartyGuidanceDraft().Supersede(Documents.IssuedGuidance(), Times.Now));
    }

    [Fact]
    public void Expire_EndsAnIssuedDocument()
    {
        var document = Documents.IssuedGuidance();

        document.Expire(new(2026, 12, 31), Times.Now);

        document.Status.ShouldBe(DocumentStatus.Expired);
        document.ExpiresOn.ShouldBe(new DateOnly(2026, 12, 31));
    }

    [Fact]
    public void Expire_IsNotPossible_BeforeIssueDate()
    {
        var document = Documents.IssuedGuidance();

        Should.Throw<DomainException>(() => document.Expire(new(2025, 12, 31), Times.Now));
    }

    [Fact]
    public void Expire_IsNotPossible_TwiceOrAfterSupersession()
    {
        var document = Documents.IssuedGuidance();
        document.Expire(new(2026, 12, 31), Times.Now);

        Should.Throw<DomainException>(() => document.Expire(new(2027, 1, 1), Times.Now));
    }

    [Fact]
    public void Delete_IsPossible_ForADraft()
    {
        var document = Documents.PartyGuidanceDraft();

        document.Delete(Guid.NewGuid(), Times.Now);

        document.IsDeleted.ShouldBeTrue();
    }

    [Fact]
    public void Delete_IsNotPossible_OnceIssued()
    {
        var document = Documents.IssuedGuidance();

        Should.Throw<DomainException>(() => document.Delete(Guid.NewGuid(), Times.Now));
        document.IsDeleted.ShouldBeFalse();
    }
}
