using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Evaluations;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Tests.Http;

/// <summary>
/// A server with five evaluations built through the aggregate: the health committee's 2025 (self-assessed excellent,
/// reviewed and decided "well") and 2024 (excellent, published); the education committee's 2025 (self-assessed
/// only); the agencies' committee's 2025 (self-assessed, not completed); and one person's 2025 (self-assessed "well").
/// </summary>
public sealed class EvaluationsApiFactory : SupervisionApiFactory, IAsyncLifetime
{
    private static readonly Guid Reviewer = Guid.NewGuid();
    private static readonly Guid Approver = Guid.NewGuid();

    public Evaluation Health2025 { get; private set; } = null!;
    public Evaluation Health2024 { get; private set; } = null!;
    public Evaluation Education2025 { get; private set; } = null!;
    public Evaluation Agencies2025 { get; private set; } = null!;
    public Evaluation Person2025 { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var at = new DateTimeOffset(2025, 12, 1, 2, 0, 0, TimeSpan.Zero);

        Health2025 = Unit("DU-SYT", "2025", 92m, new TaskStats(10, 10, 0, 0, 4), at);
        Health2025.Review(Reviewer, Scores(85m), null, null, "Điểm tiêu chí 2 chưa đủ minh chứng", at.AddDays(5));
        Health2025.Approve(Approver, null, null, at.AddDays(10));

        Health2024 = Unit("DU-SYT", "2024", 95m, new TaskStats(5, 5, 0, 0, 2), at.AddYears(-1));
        Health2024.Review(Reviewer, Scores(95m), null, null, null, at.AddYears(-1).AddDays(5));
        Health2024.Approve(Approver, null, null, at.AddYears(-1).AddDays(10));
        Health2024.Publish(at.AddYears(-1).AddDays(11));

        Education2025 = Unit("DU-SGDDT", "2025", 75m, new TaskStats(10, 8, 2, 0, 0), at.AddDays(1));
        Agencies2025 = Unit("DU-KHOI-CQ", "2025", 40m, TaskStats.None, at.AddDays(2));
        await using var db = await Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        // A cadre who is a user here: the demo officer of the Department of Health.
        var cadre = await db.Users.Where(u => u.UserName == "officer1").Select(u => u.Id).SingleAsync();
        Person2025 = Evaluation.SelfAssess(EvaluationSubjectType.Person, DomainKeys.User(cadre), EvaluationPeriod.Year, "2025", Scores(80m), TaskStats.None, false, Guid.NewGuid(), at.AddDays(3));
        db.Evaluations.AddRange(Health2025, Health2024, Education2025, Agencies2025, Person2025);
        db.Entry(Health2025).Property(ProjectionColumns.WorkflowInstanceId).CurrentValue = "wf-annual";
        db.Entry(Health2025).Property(ProjectionColumns.WorkflowEventKey).CurrentValue = "evaluation:t1";
        await db.SaveChangesAsync();
    }

    // Two criteria of 60 and 40 points, the points split in that ratio.
    private static CriterionScore[] Scores(decimal total) => [new("TC1", 60m, total * 0.6m), new("TC2", 40m, total * 0.4m)];

    private static Evaluation Unit(string unitId, string periodKey, decimal score, TaskStats stats, DateTimeOffset at) =>
        Evaluation.SelfAssess(EvaluationSubjectType.OrgUnit, DomainKeys.OrgUnit(unitId), EvaluationPeriod.Year, periodKey, Scores(score), stats, false, Guid.NewGuid(), at);
}

public class EvaluationsFacts(EvaluationsApiFactory factory) : IClassFixture<EvaluationsApiFactory>
{
    private const string Base = "/api/evaluations";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<Guid> Ids(JsonObject page) => page["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).ToList();

    private async Task<JsonObject> ListAsync(string user, string query = "") =>
        await (await (await factory.As(user)).GetAsync(Base + query, Ct)).ReadObjectAsync(HttpStatusCode.OK);

    private static (string Code, string Abbreviation, string NameVi, string NameEn) Rating(JsonNode? rating) =>
        (rating!["code"]!.GetValue<string>(), rating["abbreviation"]!.GetValue<string>(), rating["nameVi"]!.GetValue<string>(), rating["nameEn"]!.GetValue<string>());

    [Fact]
    public async Task ReadingACadreRating_IsKeptInTheAudit_ReadingOnlyUnitRatingsIsNot()
    {
        var viewer = await factory.As("viewer");
        await (await viewer.GetAsync($"{Base}/{factory.Person2025.Id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        await (await viewer.GetAsync($"{Base}/{factory.Health2025.Id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        await (await viewer.GetAsync($"{Base}?periodKey=2024", Ct)).ReadObjectAsync(HttpStatusCode.OK); // Health2024 only: a unit's

        var audit = await (await (await factory.As("admin")).GetAsync("/api/admin/audit?actor=viewer&pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var reads = audit["items"]!.AsArray().Where(e => e!["action"]!.GetValue<string>() == "ReadCadreRating").ToList();

        reads.Count.ShouldBe(1);
        reads[0]!["details"]!["evaluationIds"]!.AsArray().Select(i => Guid.Parse(i!.GetValue<string>())).ShouldBe([factory.Person2025.Id]);
        reads[0]!["outcome"]!.GetValue<string>().ShouldBe("Done");
    }

    [Fact]
    public async Task List_ShowsASupervisorEveryEvaluation_LatestPeriodFirst_WithRatingsInBothLanguages()
    {
        var page = await ListAsync("supervisor");

        page["total"]!.GetValue<int>().ShouldBe(5);
        Ids(page).ShouldBe([factory.Person2025.Id, factory.Agencies2025.Id, factory.Education2025.Id, factory.Health2025.Id, factory.Health2024.Id]);
        var health = page["items"]![3]!;
        health["workflowInstanceId"]!.GetValue<string>().ShouldBe("wf-annual");
        (health["unit"]!["id"]!.GetValue<string>(), health["unit"]!["nameVi"]!.GetValue<string>()).ShouldBe(("DU-SYT", "Đảng ủy Sở Y tế"));
        (health["period"]!.GetValue<string>(), health["periodKey"]!.GetValue<string>(), health["status"]!.GetValue<string>()).ShouldBe(("Year", "2025", "Approved"));
        (health["selfScore"]!.GetValue<decimal>(), health["reviewedScore"]!.GetValue<decimal>(), health["finalScore"]!.GetValue<decimal>()).ShouldBe((92m, 85m, 85m));
        Rating(health["selfRating"]).ShouldBe(("ExcellentlyCompleted", "HTXSNV", "Hoàn thành xuất sắc nhiệm vụ", "Excellently completed"));
        Rating(health["proposedRating"]).ShouldBe(("WellCompleted", "HTTNV", "Hoàn thành tốt nhiệm vụ", "Well completed"));
        Rating(health["finalRating"]).Abbreviation.ShouldBe("HTTNV");
        Rating(health["rating"]).Abbreviation.ShouldBe("HTTNV");
        var stats = health["taskStats"]!;
        (stats["assigned"]!.GetValue<int>(), stats["doneOnTime"]!.GetValue<int>(), stats["exceeded"]!.GetValue<int>(), stats["onTimeRate"]!.GetValue<decimal>()).ShouldBe((10, 10, 4, 1m));

        var education = page["items"]![2]!;
        education["finalRating"].ShouldBeNull();
        Rating(education["rating"]).ShouldBe(("Completed", "HTNV", "Hoàn thành nhiệm vụ", "Completed"));
        Rating(page["items"]![1]!["rating"]).Abbreviation.ShouldBe("KHTNV");
        var person = page["items"]![0]!;
        (person["subjectType"]!.GetValue<string>(), person["unit"], person["personName"]!.GetValue<string>()).ShouldBe(("Person", null, "Lê Văn Một"));
    }

    [Fact]
    public async Task List_FiltersByUnitPeriodRatingAndStatus_AndPages()
    {
        Ids(await ListAsync("supervisor", "?unitId=DU-SYT")).ShouldBe([factory.Health2025.Id, factory.Health2024.Id]);
        (await ListAsync("supervisor", "?unitId=TU-DEMO"))["total"]!.GetValue<int>().ShouldBe(4);
        (await ListAsync("supervisor", "?periodKey=2025"))["total"]!.GetValue<int>().ShouldBe(4);
        // The rating as it stands: the health committee's 2025 self-assessment said excellent, the decision "well".
        Ids(await ListAsync("supervisor", "?rating=HTTNV")).ShouldBe([factory.Person2025.Id, factory.Health2025.Id]);
        Ids(await ListAsync("supervisor", "?rating=excellentlyCompleted")).ShouldBe([factory.Health2024.Id]);
        Ids(await ListAsync("supervisor", "?rating=htnv,KHTNV")).ShouldBe([factory.Agencies2025.Id, factory.Education2025.Id]);
        Ids(await ListAsync("supervisor", "?status=Published,Approved")).ShouldBe([factory.Health2025.Id, factory.Health2024.Id]);
        Ids(await ListAsync("supervisor", "?periodKey=2025&status=SelfAssessed&unitId=DU-SGDDT")).ShouldBe([factory.Education2025.Id]);

        var second = await ListAsync("supervisor", "?page=2&pageSize=2");
        Ids(second).ShouldBe([factory.Education2025.Id, factory.Health2025.Id]);
        (second["total"]!.GetValue<int>(), second["page"]!.GetValue<int>(), second["pageSize"]!.GetValue<int>()).ShouldBe((5, 2, 2));
    }

    [Fact]
    public async Task Officer_SeesOnlyTheEvaluationsOfTheirUnit()
    {
        Ids(await ListAsync("officer1")).ShouldBe([factory.Health2025.Id, factory.Health2024.Id]);
        Ids(await ListAsync("officer2")).ShouldBe([factory.Education2025.Id]);
        Ids(await ListAsync("officer1", "?rating=HTXSNV")).ShouldBe([factory.Health2024.Id]);
        (await ListAsync("officer2", "?periodKey=2024"))["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Officer_IsRefusedAnotherUnitsOrAPersonsEvaluation_AndAnotherUnitsFilter()
    {
        var officer = await factory.As("officer1");

        var otherUnit = await (await officer.GetAsync($"{Base}/{factory.Education2025.Id}", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.GetAsync($"{Base}/{factory.Person2025.Id}", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var filter = await (await officer.GetAsync($"{Base}?unitId=DU-SGDDT", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var mine = await officer.GetAsync($"{Base}/{factory.Health2024.Id}", Ct);

        otherUnit["title"]!.GetValue<string>().ShouldBe("This evaluation is of another unit.");
        filter["title"]!.GetValue<string>().ShouldBe("Unit 'DU-SGDDT' is outside your unit.");
        mine.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_ShowsTheCriteriaAndTheReviewersComment()
    {
        var detail = await (await (await factory.As("designer")).GetAsync($"{Base}/{factory.Health2025.Id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        detail["summary"]!["id"]!.GetValue<string>().ShouldBe(factory.Health2025.Id.ToString());
        detail["summary"]!["workflowInstanceId"]!.GetValue<string>().ShouldBe("wf-annual");
        detail["criteria"]!.AsArray().Select(c => (c!["code"]!.GetValue<string>(), c["maxPoints"]!.GetValue<decimal>(), c["selfPoints"]!.GetValue<decimal>(), c["reviewedPoints"]!.GetValue<decimal>()))
            .ShouldBe([("TC1", 60m, 55.2m, 51m), ("TC2", 40m, 36.8m, 34m)]);
        detail["reviewComment"]!.GetValue<string>().ShouldBe("Điểm tiêu chí 2 chưa đủ minh chứng");
        detail["decisionReason"].ShouldBeNull();
    }

    [Fact]
    public async Task Get_AnswersAnUnknownOrMalformedId_With404()
    {
        var supervisor = await factory.As("supervisor");

        var unknown = await (await supervisor.GetAsync($"{Base}/{Guid.NewGuid()}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await supervisor.GetAsync($"{Base}/42", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);

        unknown["title"]!.GetValue<string>().ShouldStartWith("Evaluation '");
    }

    [Fact]
    public async Task List_AnswersBadParameters_With400NamingEachField()
    {
        var supervisor = await factory.As("supervisor");

        var problem = await (await supervisor.GetAsync($"{Base}?page=0&rating=Good&status=Draft&periodKey={new string('9', 65)}", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var notANumber = await (await supervisor.GetAsync($"{Base}?pageSize=many", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("page").ShouldBe(["Pages are numbered from 1."]);
        problem.ErrorsOf("rating").ShouldBe(["The rating is one of HTXSNV (ExcellentlyCompleted), HTTNV (WellCompleted), HTNV (Completed), KHTNV (NotCompleted)."]);
        problem.ErrorsOf("status").ShouldBe(["The status is one of SelfAssessed, Reviewed, Approved, Published."]);
        problem.ErrorsOf("periodKey").ShouldHaveSingleItem();
        notANumber["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["pageSize"]);
    }

    [Fact]
    public async Task Evaluations_NeedASignIn()
    {
        var anonymous = factory.CreateClient();

        (await anonymous.GetAsync(Base, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"{Base}/{factory.Health2025.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
