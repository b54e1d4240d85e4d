using Xunit;

namespace OndiloFanout.Integration.Tests.Emulators;

/// <summary>Tests that need both SQS and DynamoDB emulators.</summary>
[CollectionDefinition(Name)]
public sealed class AwsEmulatorsCollection : ICollectionFixture<FauxqsFixture>, ICollectionFixture<DynaliteFixture>
{
    public const string Name = "aws-emulators";
}
