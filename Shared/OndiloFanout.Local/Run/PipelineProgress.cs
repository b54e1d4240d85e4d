namespace OndiloFanout.Local.Run;

/// <summary>A progress report of the local pipeline, for the progress bar; <paramref name="Waiting"/> when it starts a long wait.</summary>
public sealed record PipelineProgress(string Phase, int MessagesHandled, int MessagesLeft, int DeviceDaysCollected, int Records, int ApiCalls, PipelineWait? Waiting = null);

/// <summary>A long wait of a run against a real API: what for and until when, so that nobody wonders whether it hangs.</summary>
public sealed record PipelineWait(string What, DateTimeOffset Until);
