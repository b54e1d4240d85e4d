namespace OndiloFanout.Cloud.SecretsManager;

/// <summary>The part of AWS Secrets Manager this project uses, shaped as AWSSDK.SecretsManager's client.</summary>
public sealed class SecretsManagerClient
{
    private readonly AwsJsonClient client;

    /// <summary><paramref name="client"/> must be set up for <see cref="AwsServiceDescriptor.SecretsManager"/>.</summary>
    public SecretsManagerClient(AwsJsonClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
    }

    public Task<GetSecretValueResponse> GetSecretValueAsync(GetSecretValueRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return client.SendAsync(
            "GetSecretValue", request, SecretsManagerJsonContext.Default.GetSecretValueRequest,
            SecretsManagerJsonContext.Default.GetSecretValueResponse, cancellationToken);
    }

    /// <summary>Stores a new version. A null <see cref="PutSecretValueRequest.ClientRequestToken"/> is replaced by a new UUID,
    /// kept across retries of this call so a retried write is not stored twice.</summary>
    public Task<PutSecretValueResponse> PutSecretValueAsync(PutSecretValueRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var idempotent = request.ClientRequestToken is null ? request with { ClientRequestToken = Guid.NewGuid().ToString() } : request;
        return client.SendAsync(
            "PutSecretValue", idempotent, SecretsManagerJsonContext.Default.PutSecretValueRequest,
            SecretsManagerJsonContext.Default.PutSecretValueResponse, cancellationToken);
    }
}
