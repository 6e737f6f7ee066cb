using System.Text.Json.Nodes;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Tests.Support;
using Supervision.Workflows.Validation;
using static Supervision.Runtime.Tests.Support.DefinitionBuilder;

namespace Supervision.Workflows.Tests.Definitions;

public class ValidatorFacts
{
    private readonly WorkflowDefinitionValidator _validator = new(ActivityRegistry.CreateDefault());

    private ValidationReport Check(DefinitionBuilder builder) => _validator.Check(WorkflowDefinitionReader.Read(builder.Json()).Definition);

    [Fact]
    public void Check_Passes_ForAValidDefinition()
    {
        var report = Check(new DefinitionBuilder().Activity("s", "Elsa.Start").WriteLine("w", "hi").Chain("s", "w"));

        report.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Check_NamesAHintedInputDefault_ThatEveryStartWouldBeRefusedFor()
    {
        var definition = WorkflowDefinitionReader.Read(new DefinitionBuilder().WriteLine("w", "x").Json()).Definition;
        definition.Inputs.Add(new InputDefinition { Name = "due", Type = "String", UIHint = Execution.WorkflowInputs.DateHint, DefaultValue = JsonValue.Create("30/09/2026") });
        definition.Inputs.Add(new InputDefinition { Name = "rule", Type = "String", UIHint = Execution.WorkflowInputs.DeadlineRuleHint, DefaultValue = JsonValue.Create("WorkingDays:10") });
        // A unit query is resolved against the organisation when an instance starts, not when the definition is checked.
        definition.Inputs.Add(new InputDefinition { Name = "units", Type = "String", UIHint = Execution.WorkflowInputs.UnitQueryHint, DefaultValue = JsonValue.Create("NO-SUCH-UNIT") });

        var problem = _validator.Check(definition).Errors.ShouldHaveSingleItem();

        (problem.ActivityId, problem.Field).ShouldBe((null, "inputs[0].defaultValue"));
        problem.Message.ShouldBe("Input 'due' takes a date written yyyy-MM-dd, e.g. 2026-06-10.");
    }

    [Fact]
    public void Check_NamesTheUnknownActivityType()
    {
        var report = Check(new DefinitionBuilder().Activity("s", "Elsa.Start").Activity("x", "Acme.Teleport").Chain("s", "x"));

        var problem = report.Errors.ShouldHaveSingleItem();
        (problem.ActivityId, problem.Field).ShouldBe(("x", "type"));
        problem.Message.ShouldContain("Acme.Teleport");
    }

    [Fact]
    public void Check_ReportsDuplicateConnectionsAndUnknownPorts()
    {
        var report = Check(new DefinitionBuilder()
            .Decision("d", "true").WriteLine("w", "x")
            .Connect("d", "w", "True").Connect("d", "w", "True").Connect("d", "w", "Maybe"));

        report.Errors.ShouldContain(p => p.ActivityId == "d" && p.Field == "outcomes.True" && p.Message.Contains("more than once"));
        report.Errors.ShouldContain(p => p.ActivityId == "d" && p.Field == "outcomes.Maybe" && p.Message.Contains("no outcome port 'Maybe'"));
    }

    [Fact]
    public void Check_AcceptsForkBranchesAndSwitchCasesAsPorts()
    {
        var report = Check(new DefinitionBuilder()
            .Fork("f", "left", "right").WriteLine("l", "l").WriteLine("r", "r")
            .Connect("f", "l", "left").Connect("f", "r", "right"));

        report.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Check_ReportsMissingRequiredInputs()
    {
        var report = Check(new DefinitionBuilder().Activity("e", "Elsa.Event"));

        report.Errors.ShouldContain(p => p.ActivityId == "e" && p.Field == "eventName" && p.Message.Contains("required"));
    }

    [Fact]
    public void Check_ReportsJavaScriptThatDoesNotParse()
    {
        var report = Check(new DefinitionBuilder().Decision("d", "return (1 + ;"));

        var problem = report.Errors.ShouldHaveSingleItem();
        (problem.ActivityId, problem.Field).ShouldBe(("d", "condition"));
        problem.Message.ShouldContain("does not parse");
    }

    [Fact]
    public void Check_ReportsLiteralsOfTheWrongTypeAndBadCron()
    {
        var report = Check(new DefinitionBuilder()
            .Activity("d", "Elsa.Delay", new JsonObject { ["timeSpan"] = Lit("five minutes", "TimeSpan") })
            .Activity("c", "Elsa.Cron", new JsonObject { ["cronExpression"] = Lit("every day") })
            .Chain("d", "c"));

        report.Errors.ShouldContain(p => p.ActivityId == "d" && p.Field == "timeSpan" && p.Message.Contains("not a valid TimeSpan"));
        report.Errors.ShouldContain(p => p.ActivityId == "c" && p.Field == "cronExpression");
    }

    [Theory]
    [InlineData("Supervision.ApproveMilestone", "approver", "{\"role\": \"Supervisor\", \"unitId\": \"BTGDV-TU\"}", "Supervisor")]
    [InlineData("Supervision.AssignTasks", "assigneeRole", "UnitOfficer", "UnitOfficer")]
    [InlineData("Supervision.ApproveMilestone", "approver", "{\"role\": \"BoardLeader\", \"unitId\": \"BTGDV-TU\"}", null)]
    [InlineData("Supervision.AssignTasks", "assigneeRole", "FocalPoint", null)]
    [InlineData("Supervision.ApproveMilestone", "approver", "{\"userName\": \"supervisor\"}", null)]
    public void Check_WarnsOfARoleNobodyHoldsInAUnit(string type, string input, string written, string? warnedRole)
    {
        var value = written.StartsWith('{') ? Obj(written) : Lit(written);
        var inputs = new JsonObject { [input] = value };
        if (type == "Supervision.AssignTasks")
        {
            inputs["title"] = Lit("Việc");
            inputs["units"] = Obj("""["DU-SYT"]""", "String[]");
        }
        else
            inputs["milestone"] = Lit("Kế hoạch");

        var report = Check(new DefinitionBuilder().Activity("step", type, inputs));

        var warnings = report.Warnings.Where(w => w.Field == input).ToList();
        if (warnedRole is null)
            warnings.ShouldBeEmpty();
        else
            warnings.ShouldHaveSingleItem(string.Join(" | ", report.Warnings.Concat(report.Errors).Select(w => $"{w.ActivityId}.{w.Field}: {w.Message}")))
                .Message.ShouldStartWith($"'{warnedRole}' is not a role people hold in a unit");
        report.Errors.Where(e => e.Field == input).ShouldBeEmpty();
    }

    [Fact]
    public void Check_RefusesAWorkflowWithNoActivities_ButNotAnEmptyNestedFlowchart()
    {
        var empty = WorkflowDefinitionReader.Read("""{"definitionId": "empty", "root": {"type": "Elsa.Flowchart", "id": "f"}}""").Definition;
        var nested = WorkflowDefinitionReader.Read("""
            {"definitionId": "nested", "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [
              {"id": "start", "type": "Elsa.Start"}, {"id": "inner", "type": "Elsa.Flowchart"}],
              "connections": [{"source": {"activity": "start", "port": "Done"}, "target": {"activity": "inner", "port": "In"}}]}}
            """).Definition;

        _validator.Check(empty).Errors.ShouldContain(p => p.Field == "root" && p.Message == "The workflow has no activities: add at least a start.");
        _validator.Check(nested).Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Check_ReportsAFlowchartWithNoStart()
    {
        var report = Check(new DefinitionBuilder().WriteLine("a", "a").WriteLine("b", "b").Chain("a", "b").Connect("b", "a"));

        report.Errors.ShouldContain(p => p.Field == "start" && p.Message.Contains("no start activity"));
    }

    [Fact]
    public void Check_WarnsAboutUnreachableActivities_AndLoopsThatNeverWait()
    {
        var report = Check(new DefinitionBuilder()
            .Variable("i", "Int32", 0)
            .Activity("s", "Elsa.Start").SetVariable("inc", "i", "getI() + 1").Decision("again", "getI() < 3").WriteLine("island", "never")
            .Chain("s", "inc", "again").Connect("again", "inc", "True"));

        report.IsValid.ShouldBeTrue();
        report.Warnings.ShouldContain(p => p.ActivityId == "island" && p.Message.Contains("cannot be reached"));
        report.Warnings.ShouldContain(p => p.Message.Contains("no blocking activity") && p.Message.Contains("'inc'"));
    }

    [Fact]
    public void Check_DoesNotWarn_ForALoopThatWaits()
    {
        var report = Check(new DefinitionBuilder()
            .Activity("s", "Elsa.Start").Event("wait", "tick").Decision("again", "true")
            .Chain("s", "wait", "again").Connect("again", "wait", "True"));

        report.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Check_ReportsUndeclaredVariables()
    {
        var report = Check(new DefinitionBuilder().SetVariable("set", "ghost", "1"));

        report.Errors.ShouldContain(p => p.ActivityId == "set" && p.Field == "variable" && p.Message.Contains("ghost"));
    }

    [Fact]
    public void Check_ReportsDuplicateActivityIds()
    {
        var report = Check(new DefinitionBuilder().WriteLine("a", "1").WriteLine("a", "2"));

        report.Errors.ShouldContain(p => p.ActivityId == "a" && p.Field == "id");
    }

    [Fact]
    public void Check_EnforcesTheActivityLimit()
    {
        var validator = new WorkflowDefinitionValidator(ActivityRegistry.CreateDefault(), new DefinitionLimits { MaxActivities = 3 });
        var builder = new DefinitionBuilder();
        for (var i = 0; i < 5; i++)
            builder.WriteLine($"w{i}", "x");

        var report = validator.Check(WorkflowDefinitionReader.Read(builder.Json()).Definition);

        report.Errors.ShouldHaveSingleItem().Message.ShouldContain("limit is 3");
    }
}
