namespace Supervision.Domain.Common;

/// <summary>A business rule was broken; the API maps it to 409 problem details.</summary>
public class DomainException(string message) : Exception(message);
