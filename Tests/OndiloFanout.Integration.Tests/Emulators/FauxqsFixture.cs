using System.Diagnostics.CodeAnalysis;
using Amazon.Runtime;
using Amazon.SQS;
using Xunit;

namespace OndiloFanout.Integration.Tests.Emulators;

/// <summary>One fauxqs (SQS emulator) for the whole <see cref="FauxqsCollection"/>, with an SDK client pointed at it.</summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class FauxqsFixture : IAsyncLifetime, ISqsEmulator
{
    private EmulatorProcess? _emulator;
    private AmazonSQSClient? _client;

    /// <summary>An SQS client for the emulator (region us-east-1, credentials test/test).</summary>
    public AmazonSQSClient Client => _client ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorProcess.StartAsync("fauxqs-server.mjs", "fauxqs");
        _client = new AmazonSQSClient(
            new BasicAWSCredentials("test", "test"),
            new AmazonSQSConfig { ServiceURL = _emulator.ServiceUrl, AuthenticationRegion = "us-east-1" });
    }

    /// <inheritdoc />
    public Task<string> CreateQueueAsync(string prefix, Dictionary<string, string>? attributes = null) =>
        SqsTestQueues.CreateQueueAsync(Client, prefix, attributes);

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
