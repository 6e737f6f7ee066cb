using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Validation;

namespace Supervision.Api.Cli;

/// <summary>
/// The server binary's offline verbs: <c>validate</c>, <c>run</c> and <c>deadline</c>. They start no
/// server. Errors are one line on standard error, never a stack trace.
/// </summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int Faulted = 2;
    public const int Waiting = 3;

    /// <summary>Simulated timer firings <c>run</c> allows before it stops (a cron loop would go on forever).</summary>
    public const int MaxTimerFirings = 10_000;

    private static readonly string[] Verbs = ["validate", "run", "deadline"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<ActivityRegistry>? registryFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var registry = (registryFactory ?? ActivityRegistry.CreateDefault)();
        try
        {
            return args[0] switch
            {
                "validate" => Validate(args[1..], registry, stdout, stderr),
                "run" => await RunWorkflowAsync(args[1..], registry, stdout, stderr, cancellationToken),
                "deadline" => Deadline(args[1..], stdout, stderr),
                _ => Usage(stderr),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await stderr.WriteLineAsync($"error: {OneLine(ex.Message)}");
            return InvalidInput;
        }
    }

    private static int Usage(TextWriter stderr)
    {
        stderr.WriteLine("usage: validate <file.json> | run <file.json> [--input '{json}'] | deadline --from yyyy-MM-dd --rule <rule>");
        return InvalidInput;
    }

    private static int Validate(string[] args, ActivityRegistry registry, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 1)
            return Usage(stderr);
        if (!TryRead(args[0], stderr, out var result))
            return InvalidInput;
        var report = new WorkflowDefinitionValidator(registry).Check(result.Definition);
        foreach (var warning in result.Warnings)
            stdout.WriteLine($"warning: {warning}");
        foreach (var problem in report.Problems)
            stdout.WriteLine(problem.ToString());
        var errors = report.Errors.Count();
        var warnings = report.Warnings.Count() + result.Warnings.Count;
        stdout.WriteLine(errors == 0
            ? $"valid: {result.Definition.Name ?? result.Definition.DefinitionId} ({result.Definition.AllActivities().Count() - 1} activities, {warnings} warning(s))"
            : $"invalid: {errors} error(s), {warnings} warning(s)");
        return errors == 0 ? Ok : InvalidInput;
    }

    private static async Task<int> RunWorkflowAsync(string[] args, ActivityRegistry registry, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string? file = null;
        string? inputJson = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--input" && i + 1 < args.Length)
                inputJson = args[++i];
            else if (file is null && !args[i].StartsWith("--", StringComparison.Ordinal))
                file = args[i];
            else
                return Usage(stderr);
        }
        if (file is null)
            return Usage(stderr);
        if (!TryRead(file, stderr, out var result))
            return InvalidInput;

        var report = new WorkflowDefinitionValidator(registry).Check(result.Definition);
        if (!report.IsValid)
        {
            foreach (var problem in report.Errors)
                stderr.WriteLine(problem.ToString());
            return InvalidInput;
        }

        Dictionary<string, object?>? input = null;
        if (inputJson is not null)
        {
            JsonNode? parsed;
            try
            {
                parsed = JsonNode.Parse(inputJson, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
            }
            catch (JsonException ex)
            {
                stderr.WriteLine($"error: --input is not valid JSON: {OneLine(ex.Message)}");
                return InvalidInput;
            }
            if (parsed is not JsonObject inputObject)
            {
                stderr.WriteLine("error: --input must be a JSON object");
                return InvalidInput;
            }
            input = inputObject.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone());
        }

        var clock = new SimulatedClock(DateTimeOffset.UtcNow);
        var executor = new WorkflowExecutor(clock, new ExecutorOptions { OutputSink = text => stdout.WriteLine($"output: {text}") });
        var workflow = new WorkflowCompiler(registry).Compile(result.Definition);
        var journal = new List<JournalEntry>();

        ExecutionResult outcome;
        try
        {
            // The same checks as a start over HTTP: declared names and types, and what each input's uiHint says it is.
            outcome = await executor.StartAsync(workflow, new StartRequest { Input = input, Actor = "cli", CheckInput = true }, cancellationToken);
        }
        catch (WorkflowInputException ex)
        {
            foreach (var (name, messages) in ex.Problems)
            {
                foreach (var message in messages)
                    stderr.WriteLine($"error: input '{name}': {OneLine(message)}");
            }
            return InvalidInput;
        }
        journal.AddRange(outcome.Journal);

        var firings = 0;
        while (outcome.State.Status == WorkflowStatus.Suspended && firings < MaxTimerFirings)
        {
            var timer = outcome.State.Bookmarks.Where(b => b.DueAt is not null).OrderBy(b => b.DueAt).FirstOrDefault();
            if (timer is null)
                break;
            clock.AdvanceTo(timer.DueAt!.Value);
            outcome = await executor.ResumeAsync(workflow, outcome.State, timer.Id, actor: "timer", cancellationToken: cancellationToken);
            journal.AddRange(outcome.Journal);
            firings++;
        }

        foreach (var entry in journal)
            stdout.WriteLine(FormatJournal(entry));

        var state = outcome.State;
        stdout.WriteLine($"status: {state.Status}");
        switch (state.Status)
        {
            case WorkflowStatus.Finished:
                return Ok;
            case WorkflowStatus.Faulted:
                foreach (var incident in state.Incidents.Where(i => i.ResolvedAt is null))
                    stdout.WriteLine($"incident: {incident.ActivityId} ({incident.ActivityType}): {OneLine(incident.Message)}");
                return Faulted;
            default:
                foreach (var bookmark in state.Bookmarks)
                    stdout.WriteLine($"waiting: {bookmark.ActivityId} ({bookmark.Name}){Describe(bookmark)}");
                if (firings >= MaxTimerFirings)
                    stdout.WriteLine($"stopped after {MaxTimerFirings} simulated timer firings");
                return Waiting;
        }
    }

    private static string Describe(Bookmark bookmark)
    {
        if (bookmark.Name == HumanTaskSpec.BookmarkName)
        {
            var task = HumanTaskSpec.FromJson(bookmark.Payload);
            return $" task \"{task.Title}\" for {task.Assignee}{(task.DueOn is { } due ? $", due {due:yyyy-MM-dd}" : "")}, actions: {string.Join("/", task.Actions)}";
        }
        return bookmark.Stimulus is null ? "" : " " + bookmark.Stimulus.ToJsonString();
    }

    private static int Deadline(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? from = null;
        string? rule = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--from" when i + 1 < args.Length:
                    from = args[++i];
                    break;
                case "--rule" when i + 1 < args.Length:
                    rule = args[++i];
                    break;
                default:
                    stderr.WriteLine($"error: unexpected argument '{args[i]}'; usage: deadline --from yyyy-MM-dd --rule <rule>");
                    return InvalidInput;
            }
        }
        if (from is null || rule is null)
        {
            stderr.WriteLine("error: usage: deadline --from yyyy-MM-dd --rule WorkingDays:N|CalendarDays:N|FixedDate:MM-dd|FixedDate:yyyy-MM-dd|DayOfMonth:N");
            return InvalidInput;
        }
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            stderr.WriteLine($"error: --from '{from}' is not a date in the form yyyy-MM-dd");
            return InvalidInput;
        }
        if (start.Year < HolidayCatalog.MinYear + 1 || start.Year > HolidayCatalog.MaxYear - 2)
        {
            stderr.WriteLine($"error: --from must fall between {HolidayCatalog.MinYear + 1} and {HolidayCatalog.MaxYear - 2}");
            return InvalidInput;
        }
        DeadlineRule parsed;
        try
        {
            parsed = DeadlineRule.Parse(rule);
        }
        catch (FormatException ex)
        {
            stderr.WriteLine($"error: {OneLine(ex.Message)}");
            return InvalidInput;
        }

        var calendar = WorkCalendar.CreateDefault(start.Year, start.Year + 1 + parsed.Days / 200);
        var due = parsed.Compute(start, calendar);
        stdout.WriteLine($"rule: {parsed}");
        stdout.WriteLine($"from: {start:yyyy-MM-dd} ({start.DayOfWeek})");
        foreach (var day in calendar.Days.Where(d => d.Date > start && d.Date <= due).OrderBy(d => d.Date))
            stdout.WriteLine($"calendar: {day.Date:yyyy-MM-dd} {day.Type} {day.NameVi} ({day.Status})");
        stdout.WriteLine($"working days counted: {calendar.CountWorkingDays(start, due)}");
        stdout.WriteLine($"due at: {DeadlineRule.DueAt(due):yyyy-MM-dd HH:mm zzz} (end of the day, Asia/Ho_Chi_Minh)");
        stdout.WriteLine(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return Ok;
    }

    private static bool TryRead(string path, TextWriter stderr, out DefinitionReadResult result)
    {
        result = null!;
        try
        {
            result = WorkflowDefinitionReader.ReadFile(path);
            return true;
        }
        catch (DefinitionFormatException ex)
        {
            stderr.WriteLine($"error: {OneLine(ex.Message)}");
            return false;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"error: {path}: {OneLine(ex.Message)}");
            return false;
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine($"error: {path}: {OneLine(ex.Message)}");
            return false;
        }
    }

    private static string FormatJournal(JournalEntry entry)
    {
        var parts = new List<string> { "journal:", entry.At.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture), entry.Event };
        if (entry.ActivityId is not null)
            parts.Add($"{entry.ActivityId} ({entry.ActivityType})");
        if (entry.Message is not null)
            parts.Add(OneLine(entry.Message));
        return string.Join(' ', parts);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
