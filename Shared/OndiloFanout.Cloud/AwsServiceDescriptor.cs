namespace OndiloFanout.Cloud;

/// <summary>What the JSON-protocol client needs to know about one AWS service.</summary>
public sealed record AwsServiceDescriptor
{
    /// <summary>Firehose: JSON 1.1, <c>Firehose_20150804.*</c>, signing name and endpoint prefix <c>firehose</c>.</summary>
    public static readonly AwsServiceDescriptor Firehose = new()
    {
        ServiceId = "Firehose", EndpointPrefix = "firehose", SigningName = "firehose", TargetPrefix = "Firehose_20150804", JsonVersion = "1.1",
    };

    /// <summary>Secrets Manager: JSON 1.1, <c>secretsmanager.*</c>, signing name and endpoint prefix <c>secretsmanager</c>.</summary>
    public static readonly AwsServiceDescriptor SecretsManager = new()
    {
        ServiceId = "Secrets Manager", EndpointPrefix = "secretsmanager", SigningName = "secretsmanager", TargetPrefix = "secretsmanager", JsonVersion = "1.1",
    };

    /// <summary>The SDK service id, which names the endpoint variable (e.g. <c>Secrets Manager</c> → <c>AWS_ENDPOINT_URL_SECRETS_MANAGER</c>).</summary>
    public required string ServiceId { get; init; }
    public required string EndpointPrefix { get; init; }
    public required string SigningName { get; init; }
    /// <summary>The part of <c>X-Amz-Target</c> before the dot.</summary>
    public required string TargetPrefix { get; init; }
    /// <summary><c>1.0</c> or <c>1.1</c>, for <c>Content-Type: application/x-amz-json-1.x</c>.</summary>
    public required string JsonVersion { get; init; }
}
