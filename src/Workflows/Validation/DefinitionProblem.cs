namespace Supervision.Workflows.Validation;

/// <summary>How bad a problem is: errors block publishing, warnings do not.</summary>
public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One problem in a definition. <see cref="ActivityId"/> names the activity (null for the definition
/// itself) and <see cref="Field"/> the input, port or property concerned.
/// </summary>
public sealed record DefinitionProblem(ProblemSeverity Severity, string? ActivityId, string Field, string Message)
{
    /// <summary><c>activities[&lt;id&gt;].&lt;field&gt;</c>, or the field alone for the definition.</summary>
    public string Path => ActivityId is null ? Field : $"activities[{ActivityId}].{Field}";

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: {Path}: {Message}";
}

/// <summary>The outcome of validating a definition.</summary>
public sealed record ValidationReport(IReadOnlyList<DefinitionProblem> Problems)
{
    public bool IsValid => Problems.All(p => p.Severity != ProblemSeverity.Error);
    public IEnumerable<DefinitionProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
    public IEnumerable<DefinitionProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);
}
