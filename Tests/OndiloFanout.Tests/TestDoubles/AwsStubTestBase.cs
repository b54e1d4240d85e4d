using Xunit;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>What a client test against a stub AWS endpoint needs, fresh for each test: the stub, an HttpClient and a clock that signals its timers.</summary>
public abstract class AwsStubTestBase : IAsyncLifetime
{
    internal HttpClient Http { get; } = new();

    internal AwsSignallingTimeProvider Time { get; } = new();

    /// <summary>The stub; a test may replace it (the base disposes the one it holds last).</summary>
    internal AwsStubEndpoint Stub { get; set; } = null!;

    public async Task InitializeAsync() => Stub = await AwsStubEndpoint.StartAsync();

    public async Task DisposeAsync()
    {
        await Stub.DisposeAsync();
        Http.Dispose();
    }
}
