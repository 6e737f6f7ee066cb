using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Validation;

namespace Supervision.Api.Features.WorkflowDefinitions;

/// <summary>What a definition must be before it is stored at all (a draft need not be valid, but it must be readable and bounded).</summary>
internal static partial class DefinitionRules
{
    public const int MaxIdLength = 128;

    /// <summary>A definition's name, in either language (the column's width).</summary>
    public const int MaxNameLength = 256;

    /// <summary>The body limit of endpoints that take a definition: the reader's limit plus room for the request around it.</summary>
    public const long MaxBodyBytes = WorkflowDefinitionReader.DefaultMaxBytes + 64 * 1024;

    /// <summary>Path segments of this API that a definition id would hide.</summary>
    private static readonly string[] ReservedIds = ["reviews", "timeline", "import", "validate"];

    public static DefinitionReadResult Read(JsonObject definition) =>
        WorkflowDefinitionReader.Read(Encoding.UTF8.GetBytes(definition.ToJsonString()));

    /// <summary>The failures that refuse a definition: no or a bad definition id, or more nodes than the limits allow.</summary>
    public static IReadOnlyList<ValidationFailure> Check(WorkflowDefinition definition, string? prefix = null, bool requireId = true)
    {
        string Field(string name) => prefix is null ? name : $"{prefix}.{name}";
        var failures = new List<ValidationFailure>();
        var id = definition.DefinitionId;
        if (requireId)
        {
            if (string.IsNullOrWhiteSpace(id))
                failures.Add(new ValidationFailure(Field("definitionId"), "The definition needs a definitionId."));
            else if (id.Length > MaxIdLength || !IdPattern().IsMatch(id))
                failures.Add(new ValidationFailure(Field("definitionId"), $"A definitionId has 1–{MaxIdLength} letters, digits, '.', '_', ':' or '-', starting with a letter or digit."));
            else if (ReservedIds.Contains(id, StringComparer.OrdinalIgnoreCase))
                failures.Add(new ValidationFailure(Field("definitionId"), $"'{id}' is reserved by the API; choose another definitionId."));
        }

        var limits = DefinitionLimits.Default;
        var activities = definition.AllActivities().ToList();
        if (activities.Count > limits.MaxActivities)
            failures.Add(new ValidationFailure(Field("root.activities"), $"The definition has {activities.Count} activities; the limit is {limits.MaxActivities}."));
        var connections = activities.Sum(a => a.Connections?.Count ?? 0);
        if (connections > limits.MaxConnections)
            failures.Add(new ValidationFailure(Field("root.connections"), $"The definition has {connections} connections; the limit is {limits.MaxConnections}."));
        if (definition.Variables.Count > limits.MaxVariables)
            failures.Add(new ValidationFailure(Field("variables"), $"The definition declares {definition.Variables.Count} variables; the limit is {limits.MaxVariables}."));
        if (definition.Name?.Length > MaxNameLength)
            failures.Add(new ValidationFailure(Field("name"), $"A name has at most {MaxNameLength} characters."));
        if (definition.NameEn?.Length > MaxNameLength)
            failures.Add(new ValidationFailure(Field("customProperties.nameEn"), $"A name has at most {MaxNameLength} characters."));
        return failures;
    }

    public static void ThrowIfRefused(WorkflowDefinition definition, string? prefix = null, bool requireId = true)
    {
        var failures = Check(definition, prefix, requireId);
        if (failures.Count > 0)
            throw new ValidationException(failures);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]*$")]
    private static partial Regex IdPattern();
}
