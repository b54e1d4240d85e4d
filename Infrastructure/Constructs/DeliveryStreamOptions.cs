using Amazon.CDK.AWS.S3;

namespace OndiloFanout.Infrastructure.Constructs;

/// <summary>Where and how <see cref="DeliveryStream"/> writes.</summary>
internal sealed record DeliveryStreamOptions
{
    /// <summary>The data lake bucket (created or imported).</summary>
    public required IBucket Bucket { get; init; }
    /// <summary>Key prefix of everything the stream writes: empty or ending with '/'.</summary>
    public required string Prefix { get; init; }
    /// <summary>Compression of the delivered objects.</summary>
    public required DeliveryCompression Compression { get; init; }
}
