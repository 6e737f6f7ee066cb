using Supervision.Domain.Common;
using Supervision.Domain.Organisation;

namespace Supervision.Domain.Tests.Organisation;

public class OrgUnitFacts
{
    private static readonly DateOnly MergerDay = new(2025, 3, 1);

    [Fact]
    public void Create_IsNotPossible_WithoutVietnameseName()
    {
        Should.Throw<DomainException>(() => OrgUnit.Create(
            "BTGTU", " ", "Board", OrgUnitKind.PartyAdvisoryBoard, OrgLevel.Province, OrgSystem.Party, null, new(2000, 1, 1), Times.Now));
    }

    [Fact]
    public void IsActiveOn_CoversValidFromToValidToInclusive()
    {
        var unit = Units.Province(new(2000, 1, 1));
        unit.Close(new(2025, 7, 1), Times.Now);

        unit.IsActiveOn(new(1999, 12, 31)).ShouldBeFalse();
        unit.IsActiveOn(new(2000, 1, 1)).ShouldBeTrue();
        unit.IsActiveOn(new(2025, 6, 30)).ShouldBeTrue();
        unit.IsActiveOn(new(2025, 7, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Close_EndsTheUnitTheDayBefore_AndRaisesOrgUnitClosed()
    {
        var district = Units.Under(Units.Province(), "HU-X", OrgUnitKind.PartyCommittee, level: OrgLevel.District);

        district.Close(new(2025, 7, 1), Times.Now);

        district.ValidTo.ShouldBe(new DateOnly(2025, 6, 30));
        district.DomainEvents.ShouldHaveSingleItem().ShouldBe(new OrgUnitClosed(district.Id, new(2025, 7, 1), Times.Now));
    }

    [Fact]
    public void Close_IsNotPossible_WhenAlreadyClosed()
    {
        var unit = Units.Province();
        unit.Close(new(2025, 7, 1), Times.Now);

        Should.Throw<DomainException>(() => unit.Close(new(2025, 8, 1), Times.Now));
        unit.ValidTo.ShouldBe(new DateOnly(2025, 6, 30));
    }

    [Fact]
    public void Close_IsNotPossible_OnItsFirstDay()
    {
        var unit = Units.Province(new(2025, 1, 1));

        Should.Throw<DomainException>(() => unit.Close(new(2025, 1, 1), Times.Now));
    }

    [Fact]
    public void Supersede_LinksTheSuccessor_AndEndsTheUnit()
    {
        var province = Units.Province();
        var board = Units.Under(province, "BTGTU", OrgUnitKind.PartyAdvisoryBoard, level: OrgLevel.Province);
        var merged = Units.Under(province, "BTGDVTU", OrgUnitKind.PartyAdvisoryBoard, MergerDay, OrgLevel.Province);

        board.Supersede(merged, MergerDay, Times.Now);

        board.SupersededById.ShouldBe(merged.Id);
        board.ValidTo.ShouldBe(MergerDay.AddDays(-1));
        board.IsActiveOn(MergerDay).ShouldBeFalse();
        board.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<OrgUnitSuperseded>().SuccessorId.ShouldBe(merged.Id);
    }

    [Fact]
    public void Supersede_IsNotPossible_WhenSuccessorIsNotYetActive()
    {
        var province = Units.Province();
        var board = Units.Under(province, "BTGTU", OrgUnitKind.PartyAdvisoryBoard);
        var merged = Units.Under(province, "BTGDVTU", OrgUnitKind.PartyAdvisoryBoard, MergerDay.AddDays(1));

        Should.Throw<DomainException>(() => board.Supersede(merged, MergerDay, Times.Now));
        board.ValidTo.ShouldBeNull();
        board.SupersededById.ShouldBeNull();
    }

    [Fact]
    public void Supersede_IsNotPossible_ByItself()
    {
        var unit = Units.Province();

        Should.Throw<DomainException>(() => unit.Supersede(unit, MergerDay, Times.Now));
    }

    [Fact]
    public void Supersede_IsNotPossible_WhenAlreadyClosed()
    {
        var province = Units.Province();
        var board = Units.Under(province, "BTGTU", OrgUnitKind.PartyAdvisoryBoard);
        var merged = Units.Under(province, "BTGDVTU", OrgUnitKind.PartyAdvisoryBoard, MergerDay);
        board.Close(new(2025, 1, 1), Times.Now);

        Should.Throw<DomainException>(() => board.Supersede(merged, MergerDay, Times.Now));
        board.SupersededById.ShouldBeNull();
    }
}
