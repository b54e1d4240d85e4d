using Amazon.DynamoDBv2;

namespace OndiloFanout.Integration.Tests.Emulators;

/// <summary>A DynamoDB emulator the component tests run on (dynalite and moto both serve them).</summary>
public interface IDynamoDbEmulator
{
    /// <summary>An SDK client pointed at the emulator (region us-east-1, credentials test/test).</summary>
    AmazonDynamoDBClient Client { get; }

    /// <summary>Creates a state table with a unique name, so that tests never see each other's items.</summary>
    Task<string> CreateStateTableAsync();
}
