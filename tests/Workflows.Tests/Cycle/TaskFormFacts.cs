using System.Text.Json.Nodes;
using Supervision.Workflows.Activities.Cycle;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Tests.Support;

namespace Supervision.Workflows.Tests.Cycle;

/// <summary>What a completion's form may hold (<see cref="HumanTaskActivity.Check"/>, <see cref="TaskForm"/>).</summary>
public class TaskFormFacts
{
    private static readonly FormField Result = new() { Name = "result", LabelEn = "Result", Type = "select", Required = true, Options = ["None", "Raised", "Refer"] };

    private static readonly HumanTaskSpec Conclusion = new()
    {
        Kind = "Inspection", Stage = "Conclusion", Actions = ["Issue"],
        Form =
        [
            Result,
            new FormField { Name = "findings", LabelEn = "Findings", Type = "multiline" },
            new FormField { Name = "score", LabelEn = "Score", Type = "number" },
            new FormField { Name = "signed", LabelEn = "Signed", Type = "checkbox" },
            new FormField { Name = "signedOn", LabelEn = "Signed on", Type = "date" },
            new FormField { Name = "minutes", LabelEn = "Minutes", Type = "file" },
        ],
    };

    private static TaskActionException Refusal(HumanTaskSpec spec, JsonObject? form, string action = "Issue") =>
        Should.Throw<TaskActionException>(() => HumanTaskActivity.Check(spec, new HumanTaskCompletion { Action = action, Form = form }));

    private static void Accepts(HumanTaskSpec spec, JsonObject? form, string action = "Issue") =>
        Should.NotThrow(() => HumanTaskActivity.Check(spec, new HumanTaskCompletion { Action = action, Form = form }));

    [Fact]
    public void Check_SendingWorkBack_NeedsNoRequiredField_ButStillChecksWhatIsGiven()
    {
        var conclusion = Conclusion with { Actions = ["Issue", "Return"] };

        Accepts(conclusion, null, "Return");
        Refusal(conclusion, null, "Issue").Errors.Keys.ShouldBe(["form.result"]);
        Refusal(conclusion, new JsonObject { ["result"] = "Bogus" }, "Return").Errors.Keys.ShouldBe(["form.result"]);
    }

    [Fact]
    public void Check_TakesADocumentsNumberAndSymbol_OnlyAsAPartyDocumentOfItsType()
    {
        var issue = new HumanTaskSpec
        {
            Actions = ["Issued"],
            Form = [new FormField { Name = "symbol", LabelEn = "Number and symbol", Type = TaskForm.DocumentSymbol, DocTypeCode = "KH", Required = true }],
        };

        Accepts(issue, new JsonObject { ["symbol"] = "12-KH/BTGDV" }, "Issued");
        Refusal(issue, new JsonObject { ["symbol"] = "123/KH-BTGDV" }, "Issued").Errors["form.symbol"]
            .ShouldBe(["'Number and symbol' takes a Party document's number and symbol such as 12-KH/BTGDV; '123/KH-BTGDV' is not one."]);
        Refusal(issue, new JsonObject { ["symbol"] = "12-QĐ/BTGDV" }, "Issued").Errors.Keys.ShouldBe(["form.symbol"]);
        Refusal(issue, new JsonObject { ["symbol"] = "KH 123" }, "Issued").Errors.Keys.ShouldBe(["form.symbol"]);
    }

    [Fact]
    public void Check_RefusesASelectValue_ThatIsNotOneOfItsOptions()
    {
        var refused = Refusal(Conclusion, new JsonObject { ["result"] = "Bogus" });

        refused.Field.ShouldBe("form.result");
        refused.Errors["form.result"].ShouldBe(["'Bogus' is not a choice of 'Result'; the choices are None, Raised, Refer."]);
        Accepts(Conclusion, new JsonObject { ["result"] = "Raised" });
    }

    [Fact]
    public void Check_NamesEveryFieldWhoseValueIsOfTheWrongJsonType_ForItsKind()
    {
        var refused = Refusal(Conclusion, new JsonObject
        {
            ["result"] = new JsonArray("Raised"),
            ["findings"] = 5,
            ["score"] = "12",
            ["signed"] = "yes",
            ["signedOn"] = "10/06/2026",
            ["minutes"] = new JsonObject { ["url"] = "x" },
        });

        refused.Errors.Keys.ShouldBe(["form.result", "form.findings", "form.score", "form.signed", "form.signedOn", "form.minutes"]);
        refused.Errors["form.result"].ShouldBe(["'Result' takes one of None, Raised, Refer."]);
        refused.Errors["form.findings"].ShouldBe(["'Findings' takes text."]);
        refused.Errors["form.score"].ShouldBe(["'Score' takes a number."]);
        refused.Errors["form.signed"].ShouldBe(["'Signed' takes true or false."]);
        refused.Errors["form.signedOn"].ShouldBe(["'Signed on' takes a date written yyyy-MM-dd."]);
        refused.Errors["form.minutes"].ShouldBe(["'Minutes' takes a reference to a file, or a list of them."]);
        refused.Message.ShouldContain("'Score' takes a number.");
    }

    [Fact]
    public void Check_RefusesAMalformedOrImpossibleDate_AndTakesWhatTheInboxSends()
    {
        Refusal(Conclusion, new JsonObject { ["result"] = "None", ["signedOn"] = "2026-02-30" }).Field.ShouldBe("form.signedOn");
        Refusal(Conclusion, new JsonObject { ["result"] = "None", ["signedOn"] = "2026-6-1" }).Field.ShouldBe("form.signedOn");

        // Numbers as numbers, a checkbox as a boolean, a date as yyyy-MM-dd, empty optional fields left out or blank.
        Accepts(Conclusion, new JsonObject
        {
            ["result"] = "Refer", ["findings"] = "Chưa sơ kết", ["score"] = 91.5, ["signed"] = false, ["signedOn"] = "2026-06-10",
            ["minutes"] = new JsonArray("12-BB/BTGDVTU", "https://example.invalid/bb.pdf"),
        });
        Accepts(Conclusion, new JsonObject { ["result"] = "None", ["findings"] = null, ["score"] = "", ["minutes"] = "12-BB/BTGDVTU" });
    }

    [Fact]
    public void Check_ReadsTheOtherNamesOfTheKinds_AsTheInboxDoes()
    {
        var spec = new HumanTaskSpec
        {
            Actions = ["Done"],
            Form =
            [
                new FormField { Name = "count", Type = "integer" },
                new FormField { Name = "agreed", Type = "Boolean" },
                new FormField { Name = "level", Type = "dropdown", Options = ["A", "B"] },
                new FormField { Name = "note", Type = "colour" },
            ],
        };

        var refused = Refusal(spec, new JsonObject { ["count"] = "3", ["agreed"] = 1, ["level"] = "C", ["note"] = true }, "Done");

        refused.Errors.Keys.ShouldBe(["form.count", "form.agreed", "form.level", "form.note"]);
        refused.Errors["form.note"].ShouldBe(["'note' takes text."]); // an unknown kind is one line of text, as in the inbox
        Accepts(spec, new JsonObject { ["count"] = 3, ["agreed"] = true, ["level"] = "B", ["note"] = "xanh" }, "Done");
    }

    [Fact]
    public void Check_RefusesFieldsTheTaskDoesNotDeclare_UnlessAUnitHandsInItsWork()
    {
        var noForm = new HumanTaskSpec { Kind = "Milestone", Actions = ["Approve", "Return"] };
        var extra = new JsonObject { ["x"] = new JsonArray(1, 2, 3) };

        Refusal(noForm, extra, "Approve").Errors["form.x"].ShouldBe(["This task has no form; 'x' cannot be sent with it."]);
        Refusal(Conclusion, new JsonObject { ["result"] = "None", ["x"] = 1 }).Errors["form.x"]
            .ShouldBe(["This task's form has no field 'x'; its fields are result, findings, score, signed, signedOn, minutes."]);
        // A report, a unit's share of assigned work and the report of a fix keep what the unit sends (figures, links to attachments).
        Accepts(new HumanTaskSpec { Kind = "Report", Stage = "Work", Actions = ["Submit"] }, extra, "Submit");
        Accepts(new HumanTaskSpec { Kind = "WorkTask", Stage = "Work", Actions = ["Submit"] }, extra, "Submit");
        Accepts(new HumanTaskSpec { Kind = "Remediation", Stage = "Report", Actions = ["Report"] }, extra, "Report");
        Refusal(new HumanTaskSpec { Kind = "Remediation", Stage = "Verify", Actions = ["Verify"] }, extra, "Verify").Field.ShouldBe("form.x");
        // Their declared fields are still checked.
        Refusal(new HumanTaskSpec { Kind = "Report", Actions = ["Submit"], Form = [new FormField { Name = "pages", Type = "number" }] },
            new JsonObject { ["pages"] = "many", ["attachment"] = "a.pdf" }, "Submit").Errors.Keys.ShouldBe(["form.pages"]);
    }

    [Fact]
    public void Check_ReportsTheActionTheCommentAndTheForm_InOneRefusal()
    {
        var spec = new HumanTaskSpec { Actions = ["Approve", "Return"], CommentRequiredFor = ["Return"], Form = [Result] };

        var refused = Refusal(spec, new JsonObject { ["result"] = 5 }, "Return");

        refused.Errors.Keys.ShouldBe(["comment", "form.result"]);
        refused.Field.ShouldBe("comment");
    }

    [Fact]
    public async Task Inspect_RefusesAConclusionWhoseResultIsNotAChoice_AndKeepsWaitingForIt()
    {
        var engine = new TestEngine();
        var workflow = engine.Compile(new DefinitionBuilder()
            .Activity("inspect", "Supervision.Inspect", new JsonObject
            {
                ["topic"] = DefinitionBuilder.Lit("Nghị quyết 20-NQ/TW"),
                ["targets"] = DefinitionBuilder.Obj("""["DU-SYT"]""", "String[]"),
                ["teamHead"] = DefinitionBuilder.Obj("""{"role": "InspectionTeamHead"}"""), ["leader"] = DefinitionBuilder.Obj("""{"role": "Leader"}"""),
            }));
        var state = (await engine.StartAsync(workflow)).State;
        foreach (var action in new[] { "Issue", "Submit", "Done" })
            state = (await Resume(engine, workflow, state, new HumanTaskCompletion { Action = action })).State;
        HumanTaskSpec.FromJson(state.Bookmarks.Single().Payload).Stage.ShouldBe("Conclusion");

        var bogus = await Should.ThrowAsync<TaskActionException>(async () =>
            await Resume(engine, workflow, state, new HumanTaskCompletion { Action = "Issue", Form = new JsonObject { ["result"] = "Bogus" } }));
        var number = await Should.ThrowAsync<TaskActionException>(async () =>
            await Resume(engine, workflow, state, new HumanTaskCompletion { Action = "Issue", Form = new JsonObject { ["result"] = 5 } }));

        bogus.Field.ShouldBe("form.result");
        number.Field.ShouldBe("form.result");
        state.Status.ShouldBe(WorkflowStatus.Suspended);
        HumanTaskSpec.FromJson(state.Bookmarks.Single().Payload).Stage.ShouldBe("Conclusion");
        state.Incidents.ShouldBeEmpty();
    }

    private static async Task<ExecutionResult> Resume(TestEngine engine, CompiledWorkflow workflow, WorkflowState state, HumanTaskCompletion completion)
    {
        var bookmark = state.Bookmarks.First(b => b.Name == HumanTaskSpec.BookmarkName);
        return await engine.Executor.ResumeAsync(workflow, state, bookmark.Id, completion.ToJson(), "tester", TestContext.Current.CancellationToken);
    }
}
