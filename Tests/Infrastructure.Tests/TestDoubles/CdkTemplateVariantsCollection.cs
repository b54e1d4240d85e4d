namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>All test classes over the template variants share one set of synths.</summary>
[CollectionDefinition(Name)]
public sealed class CdkTemplateVariantsCollection : ICollectionFixture<CdkTemplateVariantsFixture>
{
    public const string Name = "Template variants";
}
