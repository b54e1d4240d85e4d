using Amazon.CDK.AWS.S3;

namespace OndiloFanout.Infrastructure.Constructs;

/// <summary>What <see cref="LakeCatalog"/> describes.</summary>
internal sealed record LakeCatalogOptions
{
    /// <summary>The data lake bucket (created or imported).</summary>
    public required IBucket Bucket { get; init; }
    /// <summary>Where Athena's results go: the lake's bucket when the stack created it, else a bucket of their own.</summary>
    public required IBucket ResultsBucket { get; init; }
    /// <summary>Key prefix of the data: empty or ending with '/'.</summary>
    public required string Prefix { get; init; }
    /// <summary>The Glue database to create.</summary>
    public required string DatabaseName { get; init; }
    /// <summary>The Athena workgroup to create.</summary>
    public required string WorkGroupName { get; init; }
}
