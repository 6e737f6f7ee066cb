namespace Supervision.Workflows.Definitions;

/// <summary>The text is not a workflow definition; the message is one line naming where and why.</summary>
public sealed class DefinitionFormatException(string message, Exception? inner = null) : Exception(message, inner);
