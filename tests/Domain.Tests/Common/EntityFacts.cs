using Supervision.Domain.Common;
using Supervision.Domain.Organisation;
using Supervision.Domain.Tests.Organisation;

namespace Supervision.Domain.Tests.Common;

public class EntityFacts
{
    [Fact]
    public void Create_GivesDistinctTimeOrderedIds()
    {
        var first = PartyTerm.Create(Guid.NewGuid(), "2020–2025", new(2020, 10, 1), new(2025, 9, 30), Times.Now);
        var second = PartyTerm.Create(Guid.NewGuid(), "2025–2030", new(2025, 10, 1), new(2030, 9, 30), Times.Now.AddSeconds(1));

        first.Id.ShouldNotBe(Guid.Empty);
        first.Id.Version.ShouldBe(7);
        first.Id.CompareTo(second.Id).ShouldBeLessThan(0);
    }

    [Fact]
    public void ClearDomainEvents_EmptiesTheList()
    {
        var unit = Units.Province();
        unit.Close(new(2026, 1, 1), Times.Now);
        unit.DomainEvents.Count.ShouldBe(1);

        unit.ClearDomainEvents();

        unit.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Delete_MarksTheRecordAndKeepsIt()
    {
        var person = People.Officer();
        var by = Guid.NewGuid();

        person.Delete(by, Times.Now);

        person.IsDeleted.ShouldBeTrue();
        person.DeletedAt.ShouldBe(Times.Now);
        person.DeletedByUserId.ShouldBe(by);
        person.FullName.ShouldBe("Nguyễn Văn An");
    }

    [Fact]
    public void Delete_IsNotPossible_WhenAlreadyDeleted()
    {
        var person = People.Officer();
        person.Delete(Guid.NewGuid(), Times.Now);

        Should.Throw<DomainException>(() => person.Delete(Guid.NewGuid(), Times.Now.AddDays(1)));
        person.DeletedAt.ShouldBe(Times.Now);
    }
}
