using System.Collections.Concurrent;
using Acornima;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Supervision.Workflows.Execution;

namespace Supervision.Workflows.Expressions;

/// <summary>Limits applied to every script evaluation.</summary>
public sealed record JavaScriptLimits(TimeSpan Timeout, int MaxStatements, long MaxMemoryBytes, int MaxRecursion)
{
    public static JavaScriptLimits Default { get; } = new(TimeSpan.FromSeconds(2), 200_000, 32 * 1024 * 1024, 256);
}

/// <summary>A script that failed or broke a limit; the executor turns it into an incident.</summary>
public sealed class ScriptException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// One sandboxed Jint engine with the workflow's accessor functions defined once. Hosts are pooled per
/// compiled workflow: a host serves one burst at a time and reads the running instance through
/// <see cref="Current"/>.
/// </summary>
internal sealed class JavaScriptHost
{
    private static readonly ScriptParsingOptions ParsingOptions = new() { AllowReturnOutsideFunction = true, Tolerant = false };
    private static readonly ScriptPreparationOptions PreparationOptions = new() { ParsingOptions = ParsingOptions };

    private readonly Engine _engine;

    public JavaScriptHost(CompiledWorkflow workflow, JavaScriptLimits limits)
    {
        _engine = new Engine(options =>
        {
            options.TimeoutInterval(limits.Timeout);
            options.MaxStatements(limits.MaxStatements);
            options.LimitMemory(limits.MaxMemoryBytes);
            options.LimitRecursion(limits.MaxRecursion);
            options.Strict = false;
        });

        _engine.SetValue("getVariable", new Func<string, object?>(name => ForScript(Execution.GetVariableByName(name))));
        _engine.SetValue("setVariable", new Action<string, object?>((name, value) => Execution.SetVariableByName(name, FromScript(value))));
        _engine.SetValue("getInput", new Func<string, object?>(name => ForScript(Execution.GetInput(name))));
        _engine.SetValue("getOutput", new Func<string, string, object?>((activity, output) =>
        {
            var node = workflow.Nodes.FirstOrDefault(n => n.Id == activity) ?? workflow.Nodes.FirstOrDefault(n => n.Source.Name == activity);
            return node is null ? null : ForScript(Execution.GetActivityOutput(node.Id, output));
        }));
        _engine.SetValue("getWorkflowInstanceId", new Func<string>(() => Execution.State.InstanceId));
        _engine.SetValue("getCorrelationId", new Func<string?>(() => Execution.State.CorrelationId));
        // Deadline helpers on the work calendar, so templates can count from dates the way people do.
        _engine.SetValue("deadline", new Func<string, string>(rule =>
            Domain.Calendar.DeadlineRule.Parse(rule).Compute(Domain.Calendar.WorkCalendar.ToLocalDate(Execution.Clock.GetUtcNow()), Calendar()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        _engine.SetValue("addWorkingDays", new Func<string, double, string>((date, days) =>
            Calendar().AddWorkingDays(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), (int)days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        _engine.SetValue("endOfDay", new Func<string, string>(date =>
            Domain.Calendar.WorkCalendar.EndOfDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        _engine.Execute("var variables = new Proxy({}, { get: function(t, k) { return getVariable(String(k)); }, set: function(t, k, v) { setVariable(String(k), v); return true; } });");

        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in workflow.Variables.Values)
        {
            var pascal = Pascal(variable.Name);
            var name = variable.Name;
            if (defined.Add("get" + pascal))
                _engine.SetValue("get" + pascal, new Func<object?>(() => ForScript(Execution.GetVariableByName(name))));
            if (defined.Add("set" + pascal))
                _engine.SetValue("set" + pascal, new Action<object?>(value => Execution.SetVariableByName(name, FromScript(value))));
        }
        foreach (var input in workflow.Definition.Inputs)
        {
            var inputName = input.Name;
            foreach (var accessor in new[] { "get" + Pascal(inputName), "get" + inputName })
            {
                if (defined.Add(accessor))
                    _engine.SetValue(accessor, new Func<object?>(() => ForScript(Execution.GetInput(inputName))));
            }
        }
        foreach (var node in workflow.Nodes)
        {
            if (string.IsNullOrWhiteSpace(node.Source.Name) || node.Activity is null)
                continue;
            foreach (var output in node.Activity.Descriptor.Outputs)
            {
                var accessor = $"get{Pascal(output.Name)}From{Pascal(Identifier(node.Source.Name))}";
                var activityId = node.Id;
                var outputName = output.Name;
                if (defined.Add(accessor))
                    _engine.SetValue(accessor, new Func<object?>(() => ForScript(Execution.GetActivityOutput(activityId, outputName))));
            }
        }
    }

    private Domain.Calendar.WorkCalendar Calendar() =>
        ((Execution.Services?.GetService(typeof(Human.IWorkCalendarProvider)) as Human.IWorkCalendarProvider) ?? new Human.DefaultWorkCalendarProvider(Execution.Clock)).GetCalendar();

    /// <summary>The burst this host currently serves.</summary>
    public WorkflowExecution Execution { get; set; } = null!;

    /// <summary>Parses a script once; <c>return</c> is allowed at the top level and a bare expression yields its value.</summary>
    public static Prepared<Script> Prepare(string code) => Engine.PrepareScript(code, options: PreparationOptions);

    /// <summary>Checks that a script parses; returns the parser's message or null.</summary>
    public static string? ParseError(string code)
    {
        try
        {
            Prepare(code);
            return null;
        }
        catch (Exception ex) when (ex is ScriptPreparationException or ParseErrorException or SyntaxErrorException or JavaScriptException)
        {
            return ex.Message.ReplaceLineEndings(" ");
        }
    }

    public object? Evaluate(Prepared<Script> script)
    {
        try
        {
            var result = _engine.Evaluate(script);
            return FromScript(result);
        }
        catch (TimeoutException ex)
        {
            throw new ScriptException("Script ran past its time limit.", ex);
        }
        catch (StatementsCountOverflowException ex)
        {
            throw new ScriptException("Script ran past its statement limit.", ex);
        }
        catch (MemoryLimitExceededException ex)
        {
            throw new ScriptException("Script used more memory than allowed.", ex);
        }
        catch (RecursionDepthOverflowException ex)
        {
            throw new ScriptException("Script recursed too deeply.", ex);
        }
        catch (JavaScriptException ex)
        {
            throw new ScriptException($"Script error: {ex.Message}", ex);
        }
        catch (ExecutionCanceledException ex)
        {
            throw new ScriptException("Script was cancelled.", ex);
        }
    }

    private static object? ForScript(object? value) => ValueConverter.ToPlain(value);

    private static object? FromScript(object? value) => value switch
    {
        JsValue js when js.IsUndefined() || js.IsNull() => null,
        JsDate js => js.ToDateTime(),
        JsValue js when js.IsObject() => System.Text.Json.JsonSerializer.SerializeToNode(js.ToObject()),
        JsValue js => js.ToObject(),
        System.Dynamic.ExpandoObject or object[] or System.Collections.IDictionary => System.Text.Json.JsonSerializer.SerializeToNode(value),
        _ => value,
    };

    internal static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static string Identifier(string name) => new(name.Where(char.IsLetterOrDigit).ToArray());
}

/// <summary>Pools script hosts for one compiled workflow so a burst does not build an engine each time.</summary>
internal sealed class JavaScriptHostPool(CompiledWorkflow workflow, JavaScriptLimits limits)
{
    private readonly ConcurrentBag<JavaScriptHost> _hosts = [];

    public JavaScriptHost Rent() => _hosts.TryTake(out var host) ? host : new JavaScriptHost(workflow, limits);

    public void Return(JavaScriptHost host)
    {
        host.Execution = null!;
        if (_hosts.Count < Environment.ProcessorCount * 2)
            _hosts.Add(host);
    }
}
