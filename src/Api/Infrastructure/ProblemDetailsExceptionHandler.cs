using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Supervision.Domain.Common;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Infrastructure;

/// <summary>Turns exceptions into RFC 7807 problem details: one place, one mapping.</summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The exception handler clears the endpoint before it runs; the feature keeps the one that threw.
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        var (status, title, errors) = Describe(exception, endpoint);
        if (status == 0)
        {
            LogUnhandled(logger, exception, httpContext.Request.Path);
            return false;
        }

        var details = errors is null
            ? new ProblemDetails { Status = status, Title = title }
            : new ValidationProblemDetails(errors) { Status = status, Title = title };
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    /// <summary>Answers with problem details of a status and its reason, outside the exception path (authentication, authorization).</summary>
    public static Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }

    /// <summary>
    /// The status, title and field errors an exception answers with; status 0 for an unexpected one. The endpoint, when
    /// known, says what a value that could not be bound should have been.
    /// </summary>
    public static (int Status, string? Title, Dictionary<string, string[]>? Errors) Describe(Exception exception, Endpoint? endpoint = null) => exception switch
    {
        ValidationException validation => (StatusCodes.Status400BadRequest, "One or more fields are invalid.",
            validation.Errors.GroupBy(e => Camel(e.PropertyName)).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray())),
        DefinitionFormatException format => (StatusCodes.Status400BadRequest, "The workflow definition cannot be read.",
            new Dictionary<string, string[]> { ["definition"] = [format.Message] }),
        WorkflowInputException input => (StatusCodes.Status400BadRequest, "The workflow input is invalid.",
            input.Problems.ToDictionary(p => $"input.{p.Key}", p => p.Value)),
        BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge => (StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
            new Dictionary<string, string[]> { ["body"] = [bad.Message] }),
        BadHttpRequestException bad => (bad.StatusCode, "The request is malformed.", BadRequestErrors(bad, endpoint)),
        ResumeRejectedException rejected => (StatusCodes.Status400BadRequest, "The action was refused.", new Dictionary<string, string[]>(rejected.Errors)),
        Features.Auth.IssueToken.SignInFailedException signIn => (StatusCodes.Status401Unauthorized, exception.Message,
            signIn.Field is null ? null : new Dictionary<string, string[]> { [signIn.Field] = [signIn.Message] }),
        UnauthorizedAccessException or ForbiddenException => (StatusCodes.Status403Forbidden, exception.Message, null),
        NotFoundException or WorkflowNotFoundException => (StatusCodes.Status404NotFound, exception.Message, null),
        DefinitionValidationException invalid => (StatusCodes.Status422UnprocessableEntity, "The definition has errors and cannot be published.",
            invalid.Problems.Where(p => !p.IsWarning).GroupBy(p => p.ActivityId is null ? p.Field ?? "definition" : $"activities[{p.ActivityId}].{p.Field}")
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray())),
        WorkflowMigrationException migration => (StatusCodes.Status409Conflict, "The instance cannot be migrated to that version.",
            new Dictionary<string, string[]> { ["activityMap"] = [.. migration.Problems] }),
        WorkflowConflictException => (StatusCodes.Status409Conflict, exception.Message, null),
        UnprocessableException unprocessable => (StatusCodes.Status422UnprocessableEntity, unprocessable.Message, new Dictionary<string, string[]>(unprocessable.Errors)),
        ConflictException or DomainException or BookmarkNotFoundException or InvalidWorkflowStateException => (StatusCodes.Status409Conflict, exception.Message, null),
        _ => (0, null, null),
    };

    /// <summary>
    /// The field a bad request is about, and why, in the API's own words (the framework's name .NET types): the JSON
    /// path of a body value that does not deserialize ("$.version" → "version") or the parameter named in the
    /// framework's binding message, with the form its value takes; else "body". A body that is not JSON at all (cut
    /// short, a stray character) is the body's fault, not that of the field the reader had reached; a missing body is
    /// named as such.
    /// </summary>
    private static Dictionary<string, string[]> BadRequestErrors(BadHttpRequestException bad, Endpoint? endpoint)
    {
        if (bad.InnerException is System.Text.Json.JsonException { InnerException: System.Text.Json.JsonException syntax })
            return new Dictionary<string, string[]> { ["body"] = ["The body is not valid JSON.", .. Position(syntax)] };
        if (bad.InnerException is System.Text.Json.JsonException json)
        {
            if (json.Path is not { Length: > 1 } path || !path.StartsWith("$.", StringComparison.Ordinal))
                return new Dictionary<string, string[]> { ["body"] = ["The body is not valid JSON of the expected shape.", .. Position(json)] };
            return new Dictionary<string, string[]> { [CamelPath(path[2..])] = [ExpectedValues.ForBodyPath(endpoint, path)] };
        }
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            return new Dictionary<string, string[]> { ["body"] = ["Send the body as JSON (Content-Type: application/json)."] };
        if (bad.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal)
            || (bad.Message.StartsWith("Required parameter", StringComparison.Ordinal) && bad.Message.EndsWith("from body.", StringComparison.Ordinal)))
            return new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] };
        var parameter = BoundParameter().Match(bad.Message);
        if (!parameter.Success)
            return new Dictionary<string, string[]> { ["body"] = ["The request cannot be read."] };
        var name = parameter.Groups["name"].Value;
        return new Dictionary<string, string[]>
        {
            [Camel(name)] = [bad.Message.StartsWith("Required parameter", StringComparison.Ordinal)
                ? "A value is required."
                : ExpectedValues.ForParameter(endpoint, name, parameter.Groups["value"].Value)],
        };
    }

    // Where the reader stopped, counted from 1 as an editor does; nothing when the reader did not say.
    private static string[] Position(System.Text.Json.JsonException json) =>
        json.LineNumber is { } line && json.BytePositionInLine is { } position
            ? [string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The error is at line {line + 1}, position {position + 1}.")]
            : [];

    // "Items[0].DueOn" → "items[0].dueOn": each step as the other validation errors name fields.
    private static string CamelPath(string path) => string.Join('.', path.Split('.').Select(Camel));

    [System.Text.RegularExpressions.GeneratedRegex("parameter \"[^\"]+ (?<name>[^\" ]+)\"(?: from \"(?<value>.*)\"\\.$)?", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex BoundParameter();

    private static string Camel(string name) => string.IsNullOrEmpty(name) ? "body" : char.ToLowerInvariant(name[0]) + name[1..];

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);
}
