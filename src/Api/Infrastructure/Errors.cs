namespace Supervision.Api.Infrastructure;

/// <summary>A resource the request names does not exist (404).</summary>
public sealed class NotFoundException(string resource, string key) : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;
    public string Key { get; } = key;
}

/// <summary>The request conflicts with the current state (409).</summary>
public sealed class ConflictException(string message) : Exception(message);

/// <summary>The request is well-formed but cannot be processed, e.g. publishing an invalid definition (422).</summary>
public sealed class UnprocessableException(string message, IReadOnlyDictionary<string, string[]> errors) : Exception(message)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>The signed-in user may not do this to this resource (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
