namespace OndiloFanout.Cli.Pipeline;

/// <summary>The run was refused before it did anything (a lake folder it cannot use); the message names the option and the fix.</summary>
internal sealed class RunRefusedException(string message) : Exception(message);
