namespace OndiloFanout.Cli.Pipeline;

/// <summary>A progress report of the local pipeline, for the progress bar.</summary>
internal sealed record PipelineProgress(string Phase, int MessagesHandled, int MessagesLeft, int DeviceDaysCollected, int Records, int ApiCalls);
