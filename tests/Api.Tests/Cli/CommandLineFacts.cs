using System.Diagnostics;
using System.Text.Json.Nodes;
using Supervision.Api.Cli;
using Supervision.Workflows.Definitions;

namespace Supervision.Api.Tests.Cli;

public class CommandLineFacts
{
    public static TheoryData<string> WorkflowFiles() => new(Directory.GetFiles(RepositoryPaths.Workflows, "*.json").Select(Path.GetFileName).Order()!);

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(args, stdout, stderr, cancellationToken: TestContext.Current.CancellationToken);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public async Task Validate_Passes_ForEveryShippedWorkflow(string file)
    {
        var (exit, output, _) = await Run("validate", Path.Combine(RepositoryPaths.Workflows, file));

        exit.ShouldBe(CommandLine.Ok, output);
        output.ShouldContain("valid: ");
        output.ShouldNotContain("error:");
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public async Task Run_FinishesOrWaits_ForEveryShippedWorkflow(string file)
    {
        // The annual cycle needs its year: next year's, whose days all lie ahead whatever day this runs on.
        string[] input = file == "template-annual-plan-cycle.json" ? ["--input", $$"""{"year": {{DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).Year + 1}}}"""] : [];
        var (exit, output, error) = await Run(["run", Path.Combine(RepositoryPaths.Workflows, file), .. input]);

        exit.ShouldBeOneOf([CommandLine.Ok, CommandLine.Waiting], output + error);
        output.ShouldContain("journal: ");
        error.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void ReadThenWrite_GivesTheSameJson_ForEveryShippedWorkflow(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, file));

        var written = WorkflowDefinitionWriter.Write(WorkflowDefinitionReader.Read(text).Definition);

        JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(text)).ShouldBeTrue();
    }

    [Fact]
    public async Task Run_PrintsOutputLines_AndFastForwardsTimers()
    {
        var (exit, output, _) = await Run("run", Path.Combine(RepositoryPaths.Workflows, "sample-report-with-reminders.json"), "--input", """{"unitName":"Sở GD&ĐT"}""");

        exit.ShouldBe(CommandLine.Ok);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        lines.Where(l => l.StartsWith("output: ", StringComparison.Ordinal)).ShouldBe([
            "output: Giao nhiệm vụ báo cáo cho Sở GD&ĐT",
            "output: Nhắc lần 1: Sở GD&ĐT chưa gửi báo cáo",
            "output: Quá hạn: chuyển lãnh đạo Ban đôn đốc",
            "output: Kết thúc theo dõi báo cáo",
        ]);
        output.ShouldContain("TimerFired");
    }

    [Fact]
    public async Task Run_ExitsWith3_WhenWaitingOnATask()
    {
        var (exit, output, _) = await Run("run", Path.Combine(RepositoryPaths.Workflows, "sample-parallel-approval.json"));

        exit.ShouldBe(CommandLine.Waiting);
        output.ShouldContain("waiting: ");
        output.ShouldContain("board-leader-review");
    }

    [Fact]
    public async Task Run_ExitsWith2_WhenTheWorkflowFaults()
    {
        var file = WriteTemp("""
            {"definitionId": "boom", "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [
              {"id": "d", "type": "Elsa.FlowDecision", "condition": {"typeName": "Boolean", "expression": {"type": "JavaScript", "value": "throw new Error('boom')"}}}]}}
            """);

        var (exit, output, _) = await Run("run", file);

        exit.ShouldBe(CommandLine.Faulted);
        output.ShouldContain("incident: d (Elsa.FlowDecision): Script error: boom");
    }

    [Fact]
    public async Task Run_RejectsInputThatIsNotAJsonObject()
    {
        var (exit, _, error) = await Run("run", Path.Combine(RepositoryPaths.Workflows, "hello-world.json"), "--input", "[1]");

        exit.ShouldBe(CommandLine.InvalidInput);
        error.Trim().ShouldBe("error: --input must be a JSON object");
    }

    [Fact]
    public async Task Run_ChecksInputsAsAnHttpStartWould_NamingEachOne()
    {
        var (exit, output, error) = await Run("run", Path.Combine(RepositoryPaths.Workflows, "template-annual-plan-cycle.json"),
            "--input", """{"planIssueBy": "99-99", "unitQuery": "((((", "colour": "red"}""");

        exit.ShouldBe(CommandLine.InvalidInput);
        output.ShouldNotContain("journal: ");
        var lines = error.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain(l => l.StartsWith("error: input 'planIssueBy': ", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("error: input 'unitQuery': ", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("error: input 'colour': ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_PrintsEveryProblem_AndExits1()
    {
        var file = WriteTemp("""
            {"definitionId": "bad", "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [
              {"id": "s", "type": "Elsa.Start"}, {"id": "x", "type": "Acme.Unknown"}, {"id": "e", "type": "Elsa.Event"}],
              "connections": [{"source": "s", "target": "x"}, {"source": "s", "target": "e", "sourcePort": "Nope"}]}}
            """);

        var (exit, output, _) = await Run("validate", file);

        exit.ShouldBe(CommandLine.InvalidInput);
        output.ShouldContain("error: activities[x].type: Activity 'x' has unknown type 'Acme.Unknown'.");
        output.ShouldContain("error: activities[e].eventName:");
        output.ShouldContain("error: activities[s].outcomes.Nope:");
    }

    [Theory]
    [InlineData("WorkingDays:10", "2026-03-03")]
    [InlineData("CalendarDays:4", "2026-02-23")]
    [InlineData("FixedDate:06-10", "2026-06-10")]
    [InlineData("DayOfMonth:25", "2026-02-25")]
    public async Task Deadline_PrintsTheDueDateLast_FromTheWorkCalendar(string rule, string expected)
    {
        var (exit, output, _) = await Run("deadline", "--from", "2026-02-10", "--rule", rule);

        exit.ShouldBe(CommandLine.Ok);
        output.TrimEnd().Split('\n').Last().ShouldBe(expected);
    }

    [Theory]
    [InlineData("--from", "10/02/2026", "--rule", "WorkingDays:10")]
    [InlineData("--from", "2026-02-10", "--rule", "Weeks:2")]
    [InlineData("--from", "2026-02-10")]
    public async Task Deadline_RejectsBadArguments_WithOneLine(params string[] args)
    {
        var (exit, _, error) = await Run(["deadline", .. args]);

        exit.ShouldBe(CommandLine.InvalidInput);
        error.TrimEnd().Split('\n').Length.ShouldBe(1);
        error.ShouldStartWith("error: ");
    }

    [Fact]
    public async Task Binary_AnswersGarbageWithOneLineAndNoStackTrace()
    {
        var notJson = WriteTemp("this is not json");
        var deep = WriteTemp(new string('[', 10_000) + new string(']', 10_000));
        var wrongShape = WriteTemp("""{"root": {"activities": "nope", "type": "Elsa.Flowchart", "id": "f"}}""");
        var huge = Path.Combine(Path.GetTempPath(), $"huge-{Guid.NewGuid():N}.json");
        await using (var stream = File.Create(huge))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        try
        {
            foreach (var file in new[] { notJson, deep, wrongShape, huge, "/no/such/file.json" })
            {
                foreach (var verb in new[] { "validate", "run" })
                {
                    var (exit, stdout, stderr) = await RunBinary(verb, file);
                    exit.ShouldBe(1, $"{verb} {file}: {stdout}{stderr}");
                    stderr.TrimEnd().Split('\n').Length.ShouldBe(1, stderr);
                    stderr.ShouldNotContain("   at ");
                }
            }
        }
        finally
        {
            File.Delete(huge);
        }
    }

    private static async Task<(int Exit, string Out, string Err)> RunBinary(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Supervision.Api.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string WriteTemp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"supervision-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}
