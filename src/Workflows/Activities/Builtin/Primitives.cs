using System.Text.Json.Nodes;
using Supervision.Workflows.Execution;

namespace Supervision.Workflows.Activities.Builtin;

[ActivityType(TypeKey, Category = "Flow", NameVi = "Bắt đầu", NameEn = "Start", Icon = "play",
    DescriptionVi = "Điểm bắt đầu của lưu đồ.", DescriptionEn = "The entry point of the flowchart.")]
public sealed class Start : WorkflowActivity
{
    public const string TypeKey = "Elsa.Start";
}

[ActivityType(TypeKey, Category = "Flow", NameVi = "Kết thúc nhánh", NameEn = "End", Icon = "stop", Outcomes = [],
    DescriptionVi = "Kết thúc lưu đồ chứa nó ngay lập tức, hủy các nhánh còn lại.",
    DescriptionEn = "Ends the containing flowchart at once, cancelling its other branches.")]
public sealed class End : WorkflowActivity
{
    public const string TypeKey = "Elsa.End";

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.EndFlowchart();
        return ValueTask.CompletedTask;
    }
}

[ActivityType(TypeKey, Category = "Flow", NameVi = "Hoàn tất quy trình", NameEn = "Finish", Icon = "flag", Outcomes = [],
    DescriptionVi = "Hoàn tất toàn bộ quy trình, hủy mọi việc đang chờ.",
    DescriptionEn = "Finishes the whole workflow, cancelling everything still waiting.")]
public sealed class Finish : WorkflowActivity
{
    public const string TypeKey = "Elsa.Finish";

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.FinishWorkflow();
        return ValueTask.CompletedTask;
    }
}

[ActivityType(TypeKey, Category = "Primitives", NameVi = "Ghi dòng", NameEn = "Write line", Icon = "terminal",
    DescriptionVi = "Ghi một dòng văn bản ra nhật ký và đầu ra.", DescriptionEn = "Writes a line of text to the journal and the output.")]
public sealed class WriteLine : WorkflowActivity
{
    public const string TypeKey = "Elsa.WriteLine";

    [Input(NameVi = "Nội dung", NameEn = "Text", UIHint = UIHints.MultiLine)]
    public Input<string> Text { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.WriteLine(context.Get(Text) ?? "");
        context.Complete();
        return ValueTask.CompletedTask;
    }
}

[ActivityType(TypeKey, Category = "Primitives", NameVi = "Gán biến", NameEn = "Set variable", Icon = "variable",
    DescriptionVi = "Gán giá trị cho một biến của quy trình.", DescriptionEn = "Assigns a value to a workflow variable.")]
public sealed class SetVariable : WorkflowActivity
{
    public const string TypeKey = "Elsa.SetVariable";

    [Input(NameVi = "Biến", NameEn = "Variable", UIHint = UIHints.VariablePicker, Required = true, AllowExpressions = false, Raw = true)]
    public Input<object> Variable { get; init; } = null!;

    [Input(NameVi = "Giá trị", NameEn = "Value", UIHint = UIHints.SingleLine)]
    public Input<object> Value { get; init; } = null!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var reference = VariableReference(context.GetWritten(Variable))
            ?? throw new InvalidOperationException($"Activity '{context.Node.Id}' names no variable to set.");
        context.SetVariable(reference, context.Get(Value));
        context.Complete();
        return ValueTask.CompletedTask;
    }

    /// <summary>The id (or name) of the variable an input refers to: <c>{id, name}</c> or a bare string.</summary>
    public static string? VariableReference(JsonNode? written) => written switch
    {
        JsonObject obj when obj["id"] is JsonValue id && id.TryGetValue<string>(out var s) && s.Length > 0 => s,
        JsonObject obj when obj["name"] is JsonValue name && name.TryGetValue<string>(out var s) && s.Length > 0 => s,
        JsonValue value when value.TryGetValue<string>(out var s) && s.Length > 0 => s,
        _ => null,
    };
}
