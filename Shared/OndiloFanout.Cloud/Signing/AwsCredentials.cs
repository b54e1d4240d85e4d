namespace OndiloFanout.Cloud.Signing;

/// <summary>
/// An AWS access key pair, with the session token that temporary credentials (Lambda, roles) carry.
/// <see cref="ToString"/> shows only the access key id, so credentials can't leak through a log or an exception.
/// </summary>
public sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken)
{
    public override string ToString() =>
        $"AwsCredentials {{ AccessKeyId = {AccessKeyId}, HasSessionToken = {SessionToken is not null} }}";
}
