using Amazon.SQS;

namespace OndiloFanout.Integration.Tests.Emulators;

/// <summary>An SQS emulator the component tests run on (fauxqs and moto both serve them).</summary>
public interface ISqsEmulator
{
    /// <summary>An SDK client pointed at the emulator (region us-east-1, credentials test/test).</summary>
    AmazonSQSClient Client { get; }

    /// <summary>Creates a queue with a unique name, so that tests never see each other's messages.</summary>
    Task<string> CreateQueueAsync(string prefix, Dictionary<string, string>? attributes = null);
}
