using Xunit;

namespace OndiloFanout.Integration.Tests.Emulators;

/// <summary>The tests that share one fauxqs process.</summary>
[CollectionDefinition(Name)]
public sealed class FauxqsCollection : ICollectionFixture<FauxqsFixture>
{
    public const string Name = "fauxqs";
}
