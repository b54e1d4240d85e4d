namespace OndiloFanout.Local.Run;

/// <summary>The run was refused before it did anything (a lake folder it cannot use); the message names the option and the fix.</summary>
public sealed class RunRefusedException(string message) : Exception(message);
