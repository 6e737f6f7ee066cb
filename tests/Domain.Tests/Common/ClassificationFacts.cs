using Supervision.Domain.Common;

namespace Supervision.Domain.Tests.Common;

public class ClassificationFacts
{
    [Theory]
    [InlineData(Classification.Mat, "Mật")]
    [InlineData(Classification.ToiMat, "Tối mật")]
    [InlineData(Classification.TuyetMat, "Tuyệt mật")]
    public void EnsureAllowedHere_RefusesStateSecretGrades_NamingTheGrade(Classification grade, string vietnamese)
    {
        var ex = Should.Throw<DomainException>(() => grade.EnsureAllowedHere());

        ex.Message.ShouldContain(vietnamese);
        ex.Message.ShouldContain("state secret");
    }

    [Theory]
    [InlineData(Classification.Unclassified)]
    [InlineData(Classification.Restricted)]
    public void EnsureAllowedHere_AcceptsOrdinaryGrades(Classification grade)
    {
        grade.EnsureAllowedHere().ShouldBe(grade);
    }

    [Fact]
    public void EnsureAllowedHere_RefusesUndefinedValues()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ((Classification)42).EnsureAllowedHere());
    }
}
