using Supervision.Domain.Common;
using Supervision.Domain.Planning;

namespace Supervision.Domain.Tests.Planning;

public class PlanFacts
{
    private static Plan Draft() =>
        Plan.Create("Kế hoạch công tác khoa giáo năm 2026", null, Guid.NewGuid(), new(2026, 1, 1), new(2026, 12, 31), Times.Now, 2026);

    [Fact]
    public void Create_IsNotPossible_WithAnInvertedPeriod()
    {
        Should.Throw<DomainException>(() => Plan.Create("KH", null, Guid.NewGuid(), new(2026, 12, 31), new(2026, 1, 1), Times.Now));
    }

    [Fact]
    public void Activate_LinksTheIssuedDocument()
    {
        var plan = Draft();
        var kh = Guid.NewGuid();

        plan.Activate(kh, Times.Now);

        plan.Status.ShouldBe(PlanStatus.Active);
        plan.DocumentId.ShouldBe(kh);
        plan.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<PlanActivated>();
    }

    [Fact]
    public void Activate_IsNotPossible_Twice()
    {
        var plan = Draft();
        plan.Activate(null, Times.Now);

        Should.Throw<DomainException>(() => plan.Activate(null, Times.Now));
    }

    [Fact]
    public void Close_IsNotPossible_ForADraft()
    {
        Should.Throw<DomainException>(() => Draft().Close(Times.Now));
    }

    [Fact]
    public void AddSourceDocument_IsNotPossible_OnceClosed()
    {
        var plan = Draft();
        plan.Activate(null, Times.Now);
        plan.Close(Times.Now);

        Should.Throw<DomainException>(() => plan.AddSourceDocument(Guid.NewGuid()));
        plan.Status.ShouldBe(PlanStatus.Closed);
    }

    [Fact]
    public void AddSourceDocument_IgnoresDuplicates()
    {
        var plan = Draft();
        var hd = Guid.NewGuid();

        plan.AddSourceDocument(hd);
        plan.AddSourceDocument(hd);

        plan.SourceDocumentIds.ShouldBe([hd]);
    }

    [Fact]
    public void Delete_IsNotPossible_OnceActive()
    {
        var plan = Draft();
        plan.Activate(null, Times.Now);

        Should.Throw<DomainException>(() => plan.Delete(Guid.NewGuid(), Times.Now));
    }
}
