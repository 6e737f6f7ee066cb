using System.Text.Json.Nodes;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Expressions;

namespace Supervision.Workflows.Activities.Builtin;

[ActivityType(TypeKey, Category = "Flow", Kind = ActivityKind.Flow, NameVi = "Rẽ nhánh theo điều kiện", NameEn = "Decision", Icon = "decision",
    Outcomes = [PortNames.True, PortNames.False],
    DescriptionVi = "Đi theo nhánh Đúng hoặc Sai tùy điều kiện.", DescriptionEn = "Continues on True or False depending on a condition.")]
public sealed class FlowDecision : WorkflowActivity
{
    public const string TypeKey = "Elsa.FlowDecision";

    [Input(NameVi = "Điều kiện", NameEn = "Condition", UIHint = UIHints.Code, DefaultJson = "false")]
    public Input<bool> Condition { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete(context.Get(Condition) ? PortNames.True : PortNames.False);
        return ValueTask.CompletedTask;
    }
}

[ActivityType(TypeKey, Category = "Flow", Kind = ActivityKind.Flow, NameVi = "Rẽ nhiều nhánh", NameEn = "Switch", Icon = "switch",
    Outcomes = [PortNames.Default],
    DescriptionVi = "Đi theo nhánh của trường hợp đầu tiên (hoặc mọi trường hợp) có điều kiện đúng; nếu không có, theo nhánh Mặc định.",
    DescriptionEn = "Continues on the first (or every) case whose condition holds; otherwise on Default.")]
public sealed class FlowSwitch : WorkflowActivity
{
    public const string TypeKey = "Elsa.FlowSwitch";

    [Input(NameVi = "Các trường hợp", NameEn = "Cases", UIHint = UIHints.SwitchCases, AllowExpressions = false, Raw = true)]
    public Input<object> Cases { get; init; } = null!;

    [Input(NameVi = "Chế độ", NameEn = "Mode", UIHint = UIHints.DropDown, Options = ["MatchFirst", "MatchAny"], DefaultJson = "\"MatchFirst\"")]
    public Input<string> Mode { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var matchAny = string.Equals(context.Get(Mode), "MatchAny", StringComparison.OrdinalIgnoreCase);
        var matched = new List<string>();
        foreach (var (label, condition) in ReadCases(context.GetWritten(Cases)))
        {
            if (!Holds(context, condition))
                continue;
            matched.Add(label);
            if (!matchAny)
                break;
        }
        if (matched.Count == 0)
            context.Complete(PortNames.Default);
        else
            context.Complete(matched);
        return ValueTask.CompletedTask;
    }

    public override IReadOnlyList<string> GetOutcomes(ActivityNode node) =>
        [.. ReadCases(WrittenCases(node)).Select(c => c.Label).Distinct(StringComparer.Ordinal), PortNames.Default];

    public override IEnumerable<NodeProblem> Validate(ActivityNode node)
    {
        var index = 0;
        foreach (var (label, condition) in ReadCases(WrittenCases(node)))
        {
            if (string.IsNullOrWhiteSpace(label))
                yield return new NodeProblem("cases", $"Case {index + 1} has no label.");
            if (condition.Kind == ExpressionKind.JavaScript && condition.Value is JsonValue code && code.TryGetValue<string>(out var text)
                && JavaScriptHost.ParseError(text) is { } error)
                yield return new NodeProblem("cases", $"Case '{label}': the JavaScript does not parse: {error}");
            index++;
        }
    }

    private static JsonNode? WrittenCases(ActivityNode node)
    {
        var written = WorkflowCompiler.Find(node.Properties, "cases");
        return written is JsonObject obj && obj.ContainsKey("expression") ? WrittenExpression.From(obj).Value : written;
    }

    internal static IEnumerable<(string Label, WrittenExpression Condition)> ReadCases(JsonNode? written)
    {
        if (written is JsonValue text && text.TryGetValue<string>(out var s) && s.TrimStart().StartsWith('['))
            written = JsonNode.Parse(s);
        if (written is not JsonArray cases)
            yield break;
        foreach (var item in cases.OfType<JsonObject>())
        {
            var label = item["label"] is JsonValue l && l.TryGetValue<string>(out var ls) ? ls : "";
            var condition = item["condition"] switch
            {
                JsonObject c when c.ContainsKey("type") => new WrittenExpression(
                    c["type"]?.GetValue<string>() is "JavaScript" or "Javascript" ? ExpressionKind.JavaScript : ExpressionKind.Literal, c["value"]),
                JsonObject c when c.ContainsKey("expression") => WrittenExpression.From(c),
                var other => new WrittenExpression(ExpressionKind.Literal, other),
            };
            yield return (label, condition);
        }
    }

    private static bool Holds(ActivityExecutionContext context, WrittenExpression condition)
    {
        if (condition.Kind == ExpressionKind.JavaScript)
        {
            var code = condition.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : "false";
            return ValueConverter.To<bool>(context.EvaluateScript(code));
        }
        return condition.Value switch
        {
            null => false,
            JsonValue v when v.TryGetValue<bool>(out var b) => b,
            JsonValue v when v.TryGetValue<string>(out var s) => bool.TryParse(s, out var b) && b,
            _ => false,
        };
    }
}

[ActivityType(TypeKey, Category = "Flow", Kind = ActivityKind.Flow, NameVi = "Chia nhánh song song", NameEn = "Fork", Icon = "fork", Outcomes = [],
    DescriptionVi = "Chạy song song mọi nhánh đã đặt tên.", DescriptionEn = "Continues on every named branch in parallel.")]
public sealed class FlowFork : WorkflowActivity
{
    public const string TypeKey = "Elsa.FlowFork";

    [Input(NameVi = "Các nhánh", NameEn = "Branches", UIHint = UIHints.StringList, DefaultJson = "[]")]
    public Input<string[]> Branches { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete(context.Get(Branches) ?? []);
        return ValueTask.CompletedTask;
    }

    public override IReadOnlyList<string> GetOutcomes(ActivityNode node)
    {
        var written = LiteralInputs.Read(node, "branches");
        try
        {
            return written switch
            {
                null => [],
                JsonValue v when v.TryGetValue<string>(out var s) => ValueConverter.To<string[]>(s) ?? [],
                var other => ValueConverter.To<string[]>(other) ?? [],
            };
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or InvalidCastException)
        {
            return [];
        }
    }
}

[ActivityType(TypeKey, Category = "Flow", Kind = ActivityKind.Flow, NameVi = "Hợp nhánh", NameEn = "Join", Icon = "join",
    DescriptionVi = "Hợp các nhánh: chờ nhánh đầu tiên (WaitAny, hủy các nhánh khác) hoặc chờ tất cả (WaitAll).",
    DescriptionEn = "Joins branches: continues on the first arrival (WaitAny, cancelling the others) or once all arrive (WaitAll).")]
public sealed class FlowJoin : WorkflowActivity
{
    public const string TypeKey = "Elsa.FlowJoin";

    [Input(NameVi = "Chế độ", NameEn = "Mode", UIHint = UIHints.DropDown, Options = ["WaitAny", "WaitAll"], DefaultJson = "\"WaitAny\"", AllowExpressions = false)]
    public Input<string> Mode { get; init; } = null!;

    public override IEnumerable<NodeProblem> Validate(ActivityNode node)
    {
        var mode = LiteralInputs.Read(node, "mode");
        if (mode is JsonValue v && v.TryGetValue<string>(out var s) && s is not ("WaitAny" or "WaitAll" or ""))
            yield return new NodeProblem("mode", $"Join mode '{s}' is not one of WaitAny, WaitAll.");
    }
}
