using Supervision.Domain.Common;
using Supervision.Domain.Organisation;

namespace Supervision.Domain.Tests.Organisation;

public class PartyTermFacts
{
    [Fact]
    public void Create_IsNotPossible_WhenTermEndsBeforeItStarts()
    {
        Should.Throw<DomainException>(() =>
            PartyTerm.Create(Guid.NewGuid(), "2025–2030", new(2030, 9, 30), new(2025, 10, 1), Times.Now));
    }

    [Fact]
    public void Contains_IncludesBothEnds()
    {
        var term = PartyTerm.Create(Guid.NewGuid(), "2025–2030", new(2025, 10, 1), new(2030, 9, 30), Times.Now);

        term.Contains(new(2025, 10, 1)).ShouldBeTrue();
        term.Contains(new(2030, 9, 30)).ShouldBeTrue();
        term.Contains(new(2030, 10, 1)).ShouldBeFalse();
    }
}

public class PersonFacts
{
    [Fact]
    public void Create_IsNotPossible_WithAMalformedEmail()
    {
        Should.Throw<DomainException>(() =>
            Person.Create("Trần Thị Bình", null, Guid.NewGuid(), "binh at example.vn", Times.Now));
    }

    [Fact]
    public void Create_IsNotPossible_WithADisplayNameInsteadOfAnAddress()
    {
        Should.Throw<DomainException>(() =>
            Person.Create("Trần Thị Bình", null, Guid.NewGuid(), "Bình <binh@example.vn>", Times.Now));
    }

    [Fact]
    public void Create_DefaultsToVietnamese()
    {
        var person = People.Officer();

        person.PreferredLocale.ShouldBe(PreferredLocale.Vietnamese);
        person.PreferredLocale.CultureName().ShouldBe("vi-VN");
    }

    [Fact]
    public void PreferLocale_SwitchesToEnglish()
    {
        var person = People.Officer();

        person.PreferLocale(PreferredLocale.English);

        person.PreferredLocale.CultureName().ShouldBe("en-US");
    }
}

public class RoleAssignmentFacts
{
    private static readonly Guid Leader = Guid.NewGuid();
    private static readonly Guid Deputy = Guid.NewGuid();

    private static RoleAssignment LeaderRole(DateOnly? to = null) =>
        RoleAssignment.Grant(Leader, Guid.NewGuid(), Role.Leader, new(2025, 3, 1), to, Times.Now);

    [Fact]
    public void Grant_IsNotPossible_WhenPeriodIsInverted()
    {
        Should.Throw<DomainException>(() =>
            RoleAssignment.Grant(Leader, Guid.NewGuid(), Role.Leader, new(2025, 3, 1), new(2025, 2, 28), Times.Now));
    }

    [Fact]
    public void DelegateTo_CreatesABoundedAssignmentNamingTheHolder()
    {
        var role = LeaderRole();

        var delegation = role.DelegateTo(Deputy, new(2026, 4, 1), new(2026, 4, 10), Times.Now);

        delegation.UserId.ShouldBe(Deputy);
        delegation.DelegatedFromUserId.ShouldBe(Leader);
        delegation.Role.ShouldBe(Role.Leader);
        delegation.OrgUnitId.ShouldBe(role.OrgUnitId);
        delegation.IsActiveOn(new(2026, 4, 10)).ShouldBeTrue();
        delegation.IsActiveOn(new(2026, 4, 11)).ShouldBeFalse();
    }

    [Fact]
    public void DelegateTo_IsNotPossible_BeyondTheHoldersOwnPeriod()
    {
        var role = LeaderRole(to: new(2026, 4, 5));

        Should.Throw<DomainException>(() => role.DelegateTo(Deputy, new(2026, 4, 1), new(2026, 4, 10), Times.Now));
    }

    [Fact]
    public void DelegateTo_IsNotPossible_FromADelegation()
    {
        var delegation = LeaderRole().DelegateTo(Deputy, new(2026, 4, 1), new(2026, 4, 10), Times.Now);

        Should.Throw<DomainException>(() => delegation.DelegateTo(Guid.NewGuid(), new(2026, 4, 2), new(2026, 4, 3), Times.Now));
    }

    [Fact]
    public void DelegateTo_IsNotPossible_ToTheHolder()
    {
        Should.Throw<DomainException>(() => LeaderRole().DelegateTo(Leader, new(2026, 4, 1), new(2026, 4, 10), Times.Now));
    }

    [Fact]
    public void End_SetsTheLastDay()
    {
        var role = LeaderRole();

        role.End(new(2026, 6, 30));

        role.IsActiveOn(new(2026, 6, 30)).ShouldBeTrue();
        role.IsActiveOn(new(2026, 7, 1)).ShouldBeFalse();
    }

    [Fact]
    public void End_IsNotPossible_WhenItWouldExtendTheAssignment()
    {
        var role = LeaderRole(to: new(2026, 6, 30));

        Should.Throw<DomainException>(() => role.End(new(2026, 12, 31)));
        role.ValidTo.ShouldBe(new DateOnly(2026, 6, 30));
    }
}
