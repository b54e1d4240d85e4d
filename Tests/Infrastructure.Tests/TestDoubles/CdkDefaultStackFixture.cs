namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>The stack with every context default: a new bucket, no prefix, no compression, no e-mail.</summary>
public sealed class CdkDefaultStackFixture : IDisposable
{
    public CdkSynthesizedStack Stack { get; } = new(new Dictionary<string, string>());

    public void Dispose() => Stack.Dispose();
}
