using OndiloFanout.Ondilo;

namespace OndiloFanout.Cli.Login;

/// <summary>Counts the login's few calls; there is no shared budget to take them from on a user's machine.</summary>
internal sealed class CountingGate : IApiCallGate
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public ValueTask BeforeCallAsync(string endpoint, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return ValueTask.CompletedTask;
    }
}
