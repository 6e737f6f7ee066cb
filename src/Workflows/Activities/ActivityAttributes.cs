namespace Supervision.Workflows.Activities;

/// <summary>How an activity behaves, for the palette and for validation.</summary>
public enum ActivityKind
{
    /// <summary>Runs and completes in one step.</summary>
    Action,

    /// <summary>Waits on a bookmark (timer, event, human task).</summary>
    Blocking,

    /// <summary>Can also start a workflow (event, cron, timer) when marked <c>canStartWorkflow</c>.</summary>
    Trigger,

    /// <summary>Routes flow (decision, switch, fork, join).</summary>
    Flow,

    /// <summary>Holds other activities.</summary>
    Container,
}

/// <summary>Declares an activity's stable type key and its designer metadata.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityTypeAttribute(string typeKey) : Attribute
{
    /// <summary><c>Namespace.ClassName</c>, e.g. <c>Elsa.FlowDecision</c>. Stored in definitions: never change it.</summary>
    public string TypeKey { get; } = typeKey;

    public int Version { get; init; } = 1;
    public string Category { get; init; } = "Primitives";
    public string NameVi { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string DescriptionVi { get; init; } = "";
    public string DescriptionEn { get; init; } = "";
    public ActivityKind Kind { get; init; } = ActivityKind.Action;

    /// <summary>Static outcome ports; activities with dynamic ports override <see cref="WorkflowActivity.GetOutcomes"/>.</summary>
    public string[] Outcomes { get; init; } = ["Done"];

    /// <summary>An icon name the designer maps to a glyph.</summary>
    public string Icon { get; init; } = "box";
}

/// <summary>Designer metadata of an input property (<see cref="Input{T}"/>).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class InputAttribute : Attribute
{
    public string NameVi { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string DescriptionVi { get; init; } = "";
    public string DescriptionEn { get; init; } = "";

    /// <summary>The default as JSON text (<c>"\"Done\""</c>, <c>"3"</c>, <c>"true"</c>), or null.</summary>
    public string? DefaultJson { get; init; }

    public bool Required { get; init; }

    /// <summary>Which editor the designer shows, one of <see cref="UIHints"/>.</summary>
    public string UIHint { get; init; } = UIHints.SingleLine;

    /// <summary>Options for a drop-down.</summary>
    public string[]? Options { get; init; }

    /// <summary>Whether the designer offers the expression (JavaScript / Variable) switch.</summary>
    public bool AllowExpressions { get; init; } = true;

    /// <summary>The input is evaluated by the activity itself (e.g. switch cases), not before it runs.</summary>
    public bool Raw { get; init; }
}

/// <summary>Designer metadata of an output property (<see cref="Output{T}"/>).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class OutputAttribute : Attribute
{
    public string NameVi { get; init; } = "";
    public string NameEn { get; init; } = "";
}

/// <summary>Editor kinds the designer understands.</summary>
public static class UIHints
{
    public const string SingleLine = "singleline";
    public const string MultiLine = "multiline";
    public const string Checkbox = "checkbox";
    public const string Number = "number";
    public const string DropDown = "dropdown";
    public const string Date = "date";
    public const string DateTime = "datetime";
    public const string Duration = "duration";
    public const string Cron = "cron";
    public const string Json = "json";
    public const string Code = "code";
    public const string StringList = "stringlist";
    public const string SwitchCases = "switchcases";
    public const string VariablePicker = "variable";
    public const string DeadlineRule = "deadlinerule";
    public const string UnitPicker = "unitpicker";
    public const string RolePicker = "rolepicker";
    public const string ReminderPolicy = "reminderpolicy";
    public const string Outcomes = "outcomes";
    public const string FormFields = "formfields";
}
