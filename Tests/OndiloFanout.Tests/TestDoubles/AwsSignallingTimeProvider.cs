using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports each timer once it is registered, so a test can advance the clock
/// exactly when the code under test waits, with no real sleeping and no race.
/// </summary>
internal sealed class AwsSignallingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> timers = Channel.CreateUnbounded<TimeSpan>();

    public AwsSignallingTimeProvider()
        : base(new DateTimeOffset(2026, 11, 24, 13, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Every delay the code waited for, in order.</summary>
    public List<TimeSpan> Delays { get; } = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Awaits <paramref name="task"/>, advancing the clock past each delay it waits for.</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        await DriveAsync(task);
        return await task;
    }

    /// <summary>Awaits <paramref name="task"/>, advancing the clock past each delay it waits for.</summary>
    public async Task RunAsync(Task task)
    {
        await DriveAsync(task);
        await task;
    }

    private async Task DriveAsync(Task task)
    {
        while (true)
        {
            var waiting = timers.Reader.WaitToReadAsync().AsTask();
            if (await Task.WhenAny(task, waiting) == task)
            {
                return;
            }

            while (timers.Reader.TryRead(out var due))
            {
                Delays.Add(due);
                Advance(due);
            }
        }
    }
}
