using System.Diagnostics.CodeAnalysis;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using OndiloFanout.Integration.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Integration.Tests.Emulators;

/// <summary>One dynalite (DynamoDB emulator) for the whole <see cref="DynaliteCollection"/>, with an SDK client pointed at it.</summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class DynaliteFixture : IAsyncLifetime
{
    private EmulatorProcess? _emulator;
    private AmazonDynamoDBClient? _client;

    /// <summary>A DynamoDB client for the emulator (region us-east-1, credentials test/test).</summary>
    public AmazonDynamoDBClient Client => _client ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorProcess.StartAsync("dynalite-server.mjs", "dynalite");
        _client = new AmazonDynamoDBClient(
            new BasicAWSCredentials("test", "test"),
            new AmazonDynamoDBConfig { ServiceURL = _emulator.ServiceUrl, AuthenticationRegion = "us-east-1" });
    }

    /// <summary>Creates a state table with a unique name, so that tests never see each other's items.</summary>
    public async Task<string> CreateStateTableAsync()
    {
        var name = $"state-{Guid.NewGuid():N}";
        await DynamoDbStateTable.CreateAsync(Client, name, CancellationToken.None);
        return name;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
