namespace OndiloFanout.Local.Run;

/// <summary>How the local pipeline waits: really (a real API), or by jumping a fast clock (the simulator).</summary>
internal interface IPipelineClock
{
    TimeProvider Time { get; }

    /// <summary>Returns once the clock has reached <paramref name="instant"/>.</summary>
    Task WaitUntilAsync(DateTimeOffset instant, CancellationToken cancellationToken);
}
