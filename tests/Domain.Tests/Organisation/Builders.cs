using Supervision.Domain.Organisation;

namespace Supervision.Domain.Tests.Organisation;

internal static class Units
{
    public static OrgUnit Province(DateOnly? validFrom = null) => OrgUnit.Create(
        "TU-QN", "Tỉnh ủy Quảng Ninh", "Quang Ninh Provincial Party Committee",
        OrgUnitKind.PartyCommittee, OrgLevel.Province, OrgSystem.Party, null, validFrom ?? new(2000, 1, 1), Times.Now);

    public static OrgUnit Under(
        OrgUnit parent, string code, OrgUnitKind kind, DateOnly? validFrom = null, OrgLevel level = OrgLevel.Commune,
        OrgSystem system = OrgSystem.Party) =>
        OrgUnit.Create(code, code, null, kind, level, system, parent.Id, validFrom ?? new(2000, 1, 1), Times.Now);
}

internal static class People
{
    public static Person Officer() =>
        Person.Create("Nguyễn Văn An", "Chuyên viên", Guid.NewGuid(), "an.nv@example.vn", Times.Now);
}
