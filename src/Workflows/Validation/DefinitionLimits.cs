namespace Supervision.Workflows.Validation;

/// <summary>Size limits a definition must respect.</summary>
public sealed record DefinitionLimits
{
    public int MaxActivities { get; init; } = 2_000;
    public int MaxConnections { get; init; } = 6_000;
    public int MaxExpressionLength { get; init; } = 20_000;
    public int MaxVariables { get; init; } = 500;

    public static DefinitionLimits Default { get; } = new();
}
