namespace OndiloFanout.Cloud.Signing;

/// <summary>What a signature is bound to: the service's signing name (e.g. <c>firehose</c>) and the region.</summary>
public sealed record AwsSigningScope(string Service, string Region)
{
    /// <summary>Adds and signs <c>x-amz-content-sha256</c>; only S3 needs it. Default false.</summary>
    public bool SignContentSha256Header { get; init; }

    /// <summary>Signs the path encoded twice, as every service but S3 expects. Default true.</summary>
    public bool DoubleEncodePath { get; init; } = true;
}
