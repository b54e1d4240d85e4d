namespace OndiloFanout.Cli.Pipeline;

/// <summary>The API's host could not be reached at all: nothing was sent, no call of the budget spent.</summary>
internal sealed class ApiUnreachableException(string message, Exception? inner = null) : Exception(message, inner);
