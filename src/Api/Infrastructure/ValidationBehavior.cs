using FluentValidation;
using Mediator;

namespace Supervision.Api.Infrastructure;

/// <summary>Runs every FluentValidation validator of a request before its handler; failures become 400 problem details.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors.Where(e => e.Severity == Severity.Error));
        }
        if (failures.Count > 0)
            throw new ValidationException(failures);
        return await next(message, cancellationToken);
    }
}
