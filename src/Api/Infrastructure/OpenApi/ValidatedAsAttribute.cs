namespace Supervision.Api.Infrastructure.OpenApi;

/// <summary>
/// A request body whose fields are checked by another request's validator (the command the endpoint makes of it), so
/// that the document can say which of them are required.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ValidatedAsAttribute(Type request) : Attribute
{
    public Type Request { get; } = request;
}
