using System.Text.Json.Nodes;
using Mediator;
using Supervision.Api.Infrastructure.Localization;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Validation;

namespace Supervision.Api.Features.WorkflowDefinitions.ValidateDefinition;

/// <summary>Validates a definition (Elsa 3 JSON) without saving it.</summary>
public sealed record ValidateDefinition(JsonObject? Definition) : IRequest<ValidationResponse>;

/// <summary>The validator's verdict, per activity and field.</summary>
public sealed record ValidationResponse(bool IsValid, IReadOnlyList<ProblemResponse> Problems);

public sealed record ProblemResponse(string Severity, string? ActivityId, string Field, string Path, string Message)
{
    /// <summary>A problem as answered, its message in the request's language.</summary>
    public static ProblemResponse From(DefinitionProblem problem) =>
        new(problem.Severity.ToString(), problem.ActivityId, problem.Field, problem.Path, MessageTranslator.Translate(problem.Message));

    /// <summary>A warning of the reader (a connection it set aside), in the request's language.</summary>
    public static ProblemResponse ReaderWarning(string message) =>
        new("Warning", null, "connections", "connections", MessageTranslator.Translate(message));
}

internal sealed class ValidateDefinitionHandler(WorkflowDefinitionValidator validator) : IRequestHandler<ValidateDefinition, ValidationResponse>
{
    public ValueTask<ValidationResponse> Handle(ValidateDefinition request, CancellationToken cancellationToken)
    {
        var read = WorkflowDefinitionReader.Read(request.Definition!.ToJsonString());
        var report = validator.Check(read.Definition);
        var problems = read.Warnings
            .Select(ProblemResponse.ReaderWarning)
            .Concat(report.Problems.Select(ProblemResponse.From))
            .ToList();
        return ValueTask.FromResult(new ValidationResponse(report.IsValid, problems));
    }
}
