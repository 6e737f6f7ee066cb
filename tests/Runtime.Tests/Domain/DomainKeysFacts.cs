using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Runtime.Tests.Domain;

public class DomainKeysFacts
{
    [Fact]
    public void NameBased_IsTheVersion5UuidOfRfc9562()
    {
        // The DNS namespace and "www.example.com", as Python's uuid.uuid5 computes them.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        DomainKeys.NameBased(dns, "www.example.com").ShouldBe(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    [Fact]
    public void OrgUnit_IsStableForACode_AndKeepsAGuidAsItIs()
    {
        var id = Guid.NewGuid();

        DomainKeys.OrgUnit("DU-SYT").ShouldBe(DomainKeys.OrgUnit("DU-SYT"));
        DomainKeys.OrgUnit("DU-SYT").ShouldNotBe(DomainKeys.OrgUnit("DU-SGDDT"));
        DomainKeys.OrgUnit(id.ToString("N")).ShouldBe(id);
        DomainKeys.User(id.ToString("N")).ShouldBe(id);
    }

    [Fact]
    public void Actor_IsNotTheIdOfAUserWithTheSameText()
    {
        DomainKeys.Actor("supervisor").ShouldNotBe(DomainKeys.User("supervisor"));
        DomainKeys.Actor(null).ShouldBe(DomainKeys.Actor("system"));
    }
}
