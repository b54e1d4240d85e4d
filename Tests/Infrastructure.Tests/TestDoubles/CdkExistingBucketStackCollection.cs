namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>All test classes over the existing-bucket stack share one synth.</summary>
[CollectionDefinition(Name)]
public sealed class CdkExistingBucketStackCollection : ICollectionFixture<CdkExistingBucketStackFixture>
{
    public const string Name = "Existing-bucket stack";
}
