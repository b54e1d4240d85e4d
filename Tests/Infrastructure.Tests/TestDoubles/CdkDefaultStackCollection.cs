namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>All test classes over the default stack share one synth.</summary>
[CollectionDefinition(Name)]
public sealed class CdkDefaultStackCollection : ICollectionFixture<CdkDefaultStackFixture>
{
    public const string Name = "Default stack";
}
