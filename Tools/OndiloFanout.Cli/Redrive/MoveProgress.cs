namespace OndiloFanout.Cli.Redrive;

/// <summary>A message move task as <c>ListMessageMoveTasks</c> last saw it.</summary>
internal sealed record MoveProgress(string Status, long Moved, long ToMove);
