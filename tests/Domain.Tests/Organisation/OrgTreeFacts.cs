using Supervision.Domain.Organisation;

namespace Supervision.Domain.Tests.Organisation;

public class OrgTreeFacts
{
    private static readonly DateOnly TwoTierDay = new(2025, 7, 1);

    private readonly OrgUnit _province = Units.Province();
    private readonly OrgUnit _district;
    private readonly OrgUnit _communeUnderDistrict;
    private readonly OrgUnit _affiliated;
    private readonly OrgUnit _newCommune;
    private readonly OrgUnit _board;
    private readonly OrgTree _tree;

    public OrgTreeFacts()
    {
        _district = Units.Under(_province, "HU-A", OrgUnitKind.PartyCommittee, level: OrgLevel.District);
        _communeUnderDistrict = Units.Under(_district, "DU-XA-1", OrgUnitKind.PartyCommittee);
        _affiliated = Units.Under(_province, "DU-CQD", OrgUnitKind.PartyCommittee, level: OrgLevel.Province);
        _newCommune = Units.Under(_province, "DU-XA-NEW", OrgUnitKind.PartyCommittee, TwoTierDay);
        _board = Units.Under(_province, "BTGDVTU", OrgUnitKind.PartyAdvisoryBoard, level: OrgLevel.Province);
        _district.Close(TwoTierDay, Times.Now);
        _communeUnderDistrict.Close(TwoTierDay, Times.Now);
        _tree = new OrgTree([_province, _district, _communeUnderDistrict, _affiliated, _newCommune, _board]);
    }

    [Fact]
    public void DescendantsActiveOn_ReturnsTheTreeAsItWasBeforeTheReform()
    {
        var ids = _tree.DescendantsActiveOn(_province.Id, new(2025, 6, 30)).Select(u => u.Code);

        ids.ShouldBe(["HU-A", "DU-CQD", "BTGDVTU", "DU-XA-1"], ignoreOrder: true);
    }

    [Fact]
    public void DescendantsActiveOn_ReturnsTheTreeAsItIsAfterTheReform()
    {
        var ids = _tree.DescendantsActiveOn(_province.Id, TwoTierDay).Select(u => u.Code);

        ids.ShouldBe(["DU-CQD", "DU-XA-NEW", "BTGDVTU"], ignoreOrder: true);
    }

    [Fact]
    public void DescendantsActiveOn_WalksThroughAClosedParent()
    {
        var orphan = Units.Under(_district, "DU-XA-LATE", OrgUnitKind.PartyCommittee);
        var tree = new OrgTree([_province, _district, orphan]);

        tree.DescendantsActiveOn(_province.Id, TwoTierDay).ShouldBe([orphan]);
    }

    [Fact]
    public void OfKindUnder_FindsEveryAffiliatedPartyCommittee()
    {
        var committees = _tree.OfKindUnder(_province.Id, OrgUnitKind.PartyCommittee, TwoTierDay).Select(u => u.Code);

        committees.ShouldBe(["DU-CQD", "DU-XA-NEW"], ignoreOrder: true);
    }

    [Fact]
    public void OfKindUnder_DirectChildrenOnly_SkipsGrandchildren()
    {
        var onEve = new DateOnly(2025, 6, 30);

        _tree.OfKindUnder(_province.Id, OrgUnitKind.PartyCommittee, onEve, directChildrenOnly: true)
            .Select(u => u.Code).ShouldBe(["HU-A", "DU-CQD"], ignoreOrder: true);
        _tree.OfKindUnder(_province.Id, OrgUnitKind.PartyCommittee, onEve)
            .Select(u => u.Code).ShouldContain("DU-XA-1");
    }

    [Fact]
    public void Descendants_StopsOnAParentCycle()
    {
        // Two units claiming each other as parent can only come from bad data, but must not hang.
        var a = Units.Under(_province, "A", OrgUnitKind.Section);
        var b = Units.Under(a, "B", OrgUnitKind.Section);
        typeof(OrgUnit).GetProperty(nameof(OrgUnit.ParentId))!.SetValue(a, b.Id);
        var tree = new OrgTree([a, b]);

        tree.DescendantsActiveOn(a.Id, TwoTierDay).ShouldBe([b]);
    }

    [Fact]
    public void Descendants_Throws_ForAnUnknownRoot()
    {
        Should.Throw<KeyNotFoundException>(() => _tree.DescendantsActiveOn(Guid.NewGuid(), TwoTierDay));
    }
}
