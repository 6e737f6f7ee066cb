using System.Text.Json.Nodes;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Tests.Support;

namespace Supervision.Workflows.Tests.Engine;

/// <summary>The input a caller may start a workflow with (<see cref="WorkflowInputs"/>), on the shipped annual plan cycle.</summary>
public class WorkflowInputsFacts
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static readonly WorkflowDefinition AnnualCycle =
        WorkflowDefinitionReader.ReadFile(Path.Combine(TemplateDriver.RepositoryRoot(), "workflows", "template-annual-plan-cycle.json")).Definition;

    private static IReadOnlyDictionary<string, string[]> Problems(WorkflowDefinition definition, string input) =>
        WorkflowInputs.Problems(definition, JsonNode.Parse(input)!.AsObject().ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone()), DemoProvince.Directory(), Today);

    private static IReadOnlyDictionary<string, string[]> Problems(string input) => Problems(AnnualCycle, input);

    private static WorkflowDefinition Read(DefinitionBuilder builder) => WorkflowDefinitionReader.Read(builder.ToJson().ToJsonString()).Definition;

    [Fact]
    public void Problems_NameEveryUndeclaredInput_AndSayWhichInputsTheWorkflowTakes()
    {
        var problems = Problems("""{"year": 2027, "yaer": 2027, "units": "DU-SYT"}""");
        var none = Problems(Read(new DefinitionBuilder().WriteLine("w", "x")), """{"note": "ghi chú"}""");

        problems.Keys.ShouldBe(["yaer", "units"], ignoreOrder: true);
        problems["yaer"].ShouldBe(["Input 'yaer' is not declared; this workflow takes year, unitQuery, planIssueBy, sixMonthReportDue, annualReportDue, runInspection."]);
        none["note"].ShouldBe(["Input 'note' is not declared: this workflow takes no input."]);
        Problems("""{"Year": 2027}""").ShouldBeEmpty(); // names bind case-insensitively, as the executor binds them
    }

    [Fact]
    public void Problems_NameEveryValueOfTheWrongJsonType_ForItsDeclaredType()
    {
        var problems = Problems("""{"year": "2027", "unitQuery": 5, "planIssueBy": ["02-15"], "runInspection": "true"}""");

        problems["year"].ShouldBe(["Input 'year' takes a whole number (Int32)."]);
        problems["unitQuery"].ShouldBe(["Input 'unitQuery' takes text."]);
        problems["planIssueBy"].ShouldBe(["Input 'planIssueBy' takes text."]);
        problems["runInspection"].ShouldBe(["Input 'runInspection' takes true or false."]);
        Problems("""{"year": 2026.5}""")["year"].ShouldBe(["Input 'year' takes a whole number (Int32)."]);
        Problems("""{"year": null}""")["year"].ShouldBe(["Input 'year' takes a whole number (Int32)."]);
        Problems("""{"year": 3000000000}""")["year"].ShouldBe(["Input 'year' takes a whole number (Int32)."]);
    }

    [Fact]
    public void Problems_CheckTheTypesJsonHasNoLiteralFor_AsTextTheEngineParses()
    {
        var definition = Read(new DefinitionBuilder()
            .Input("due", "DateOnly").Input("every", "TimeSpan").Input("units", "String[]").Input("payload", "Object").Input("ratio", "Double")
            .WriteLine("w", "x"));

        var problems = Problems(definition, """{"due": "mai", "every": 5, "units": "DU-SYT", "payload": [1, {"a": 2}], "ratio": "0.5"}""");

        problems.Keys.ShouldBe(["due", "every", "units", "ratio"], ignoreOrder: true);
        problems["due"].ShouldBe(["Input 'due' takes a DateOnly written as text, e.g. 2026-06-10."]);
        problems["every"].ShouldBe(["Input 'every' takes a TimeSpan written as text, e.g. 1.00:00:00."]);
        problems["units"].ShouldBe(["Input 'units' takes a list of texts."]);
        problems["ratio"].ShouldBe(["Input 'ratio' takes a number (Double)."]);
        Problems(definition, """{"due": "2026-06-10", "every": "1.00:00:00", "units": ["DU-SYT"], "payload": "x", "ratio": 0.5}""").ShouldBeEmpty();
    }

    [Fact]
    public void Problems_RefuseADayOfTheYear_InTheWordsOfADayAndAMonth()
    {
        var problems = Problems("""{"year": 2027, "planIssueBy": "99-99", "annualReportDue": "11-15", "sixMonthReportDue": "2027-06-10"}""");

        problems.Keys.ShouldBe(["planIssueBy", "sixMonthReportDue"], ignoreOrder: true);
        problems["planIssueBy"].ShouldBe(["Input 'planIssueBy' takes a day of the year written MM-dd, e.g. 06-10 for 10 June; '99-99' is not one."]);
        // A whole date is a rule of its own, but the workflow writes the year in front of this value itself.
        problems["sixMonthReportDue"].ShouldBe(["Input 'sixMonthReportDue' takes a day of the year written MM-dd, e.g. 06-10 for 10 June; '2027-06-10' is not one."]);
    }

    [Fact]
    public void Problems_RefuseAUnitQueryTheDirectoryCannotResolve_OrThatNamesNoUnit()
    {
        Problems("""{"unitQuery": "(((("}""")["unitQuery"].ShouldBe(["Unit '((((' is not known."]);
        Problems("""{"unitQuery": "kind:Nothing@TU-DEMO"}""")["unitQuery"].ShouldBe(["The unit query 'kind:Nothing@TU-DEMO' names no unit."]);
        Problems("""{"unitQuery": "parents:TU-DEMO"}""")["unitQuery"].Single().ShouldStartWith("Unit query 'parents:TU-DEMO' is not understood");
        Problems("""{"unitQuery": "DU-SYT,DU-SGDDT", "year": 2027}""").ShouldBeEmpty();
    }

    [Fact]
    public void Problems_RefuseADayOfTheYearThatHasPassed_InTheYearTheWorkflowRunsFor()
    {
        // Today is 2 March 2026: the 2026 cycle's plan was due on 15 February.
        var late = Problems("""{"year": 2026}""");
        var moved = Problems("""{"year": 2026, "planIssueBy": "03-02"}""");
        var next = Problems("""{"year": 2027}""");

        late.Keys.ShouldBe(["planIssueBy"]);
        late["planIssueBy"].ShouldBe(["In 2026, 02-15 is 2026-02-15, which has passed: choose a later day, or a later year."]);
        moved.ShouldBeEmpty();
        next.ShouldBeEmpty();
    }

    [Fact]
    public void Problems_RefuseAYearTheWorkCalendarDoesNotCover()
    {
        Problems("""{"year": -5}""")["year"].ShouldBe(["Input 'year' takes a year from 1901 to 2187."]);
        // The cycle's deadlines run on after its year: the last years the calendar computes are left to them.
        Problems($$"""{"year": {{HolidayCatalog.MaxYear}}}""").Keys.ShouldBe(["year"]);
        Problems("""{"year": 2187}""").ShouldBeEmpty();
        Problems("""{"year": 2027}""").ShouldBeEmpty();
    }

    [Fact]
    public void Problems_CheckADefault_AndARequiredInputThatIsNotGiven()
    {
        var definition = Read(new DefinitionBuilder().WriteLine("w", "x"));
        definition.Inputs.Add(new InputDefinition { Name = "due", Type = "String", UIHint = WorkflowInputs.DateHint, DefaultValue = JsonValue.Create("30/09/2026") });
        definition.Inputs.Add(new InputDefinition { Name = "rule", Type = "String", UIHint = WorkflowInputs.DeadlineRuleHint, IsRequired = true });

        var problems = Problems(definition, "{}");

        problems["due"].ShouldBe(["Input 'due' takes a date written yyyy-MM-dd, e.g. 2026-06-10."]);
        problems["rule"].ShouldBe(["Input 'rule' is required."]);
        Problems(definition, """{"due": "2026-09-30", "rule": "WorkingDays:10"}""").ShouldBeEmpty();
        Problems(definition, """{"due": "9999-12-31", "rule": "WorkingDays:10"}""")["due"].ShouldBe(["Input 'due' takes a date in 1901–2187."]);
        Problems(definition, """{"rule": "WorkingDays:ten"}""")["rule"].Single().ShouldStartWith("The deadline rule 'WorkingDays:ten' needs a whole number of days");
    }

    [Fact]
    public async Task StartAsync_RefusesInputItWouldFailOnLater_WhenAskedToCheck_AndStartsAsBeforeOtherwise()
    {
        var engine = new TestEngine();
        var workflow = engine.Compiler.Compile(AnnualCycle);
        var input = new Dictionary<string, object?> { ["year"] = 2027, ["planIssueBy"] = JsonValue.Create("99-99"), ["eventPayload"] = new JsonObject() };

        var refused = await Should.ThrowAsync<WorkflowInputException>(async () =>
            await engine.Executor.StartAsync(workflow, new StartRequest { Input = input, CheckInput = true }, TestContext.Current.CancellationToken));
        var unchecked_ = await engine.Executor.StartAsync(workflow, new StartRequest { Input = input }, TestContext.Current.CancellationToken);

        refused.Problems.Keys.ShouldBe(["eventPayload", "planIssueBy"], ignoreOrder: true);
        refused.InputName.ShouldBe("eventPayload");
        unchecked_.State.Status.ShouldBe(WorkflowStatus.Suspended);
    }
}
