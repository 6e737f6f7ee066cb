namespace Supervision.Domain.Tests;

public class SmokeFacts
{
    [Fact]
    public void DomainException_KeepsMessage()
    {
        new Supervision.Domain.Common.DomainException("x").Message.ShouldBe("x");
    }
}
