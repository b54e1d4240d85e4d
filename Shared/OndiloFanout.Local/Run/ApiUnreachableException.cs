namespace OndiloFanout.Local.Run;

/// <summary>The API's host could not be reached at all: nothing was sent, no call of the budget spent.</summary>
public sealed class ApiUnreachableException(string message, Exception? inner = null) : Exception(message, inner);
