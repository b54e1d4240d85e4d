using OndiloFanout.Ondilo;

namespace OndiloFanout.Cloud.SecretsManager;

/// <summary>
/// The Ondilo token in a Secrets Manager secret. The token is read once and kept for the container's life
/// (a Lambda container serves many invocations); <see cref="SaveAsync"/> replaces it, <see cref="ReloadAsync"/>
/// reads the secret again (e.g. when another instance may have rotated the refresh token).
/// </summary>
public sealed class SecretsManagerTokenStore : ITokenStore
{
    private readonly SecretsManagerClient client;
    private readonly string secretId;
    private OndiloToken? cached;

    /// <param name="secretId">The secret's name or ARN.</param>
    public SecretsManagerTokenStore(SecretsManagerClient client, string secretId)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretId);
        this.client = client;
        this.secretId = secretId;
    }

    public async Task<OndiloToken> LoadAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref cached) ?? await ReloadAsync(cancellationToken);

    /// <summary>Reads the secret again, bypassing the kept token.</summary>
    public async Task<OndiloToken> ReloadAsync(CancellationToken cancellationToken)
    {
        GetSecretValueResponse response;
        try
        {
            response = await client.GetSecretValueAsync(new GetSecretValueRequest { SecretId = secretId }, cancellationToken);
        }
        catch (AwsServiceException error) when (error.ErrorType == "ResourceNotFoundException")
        {
            throw Unavailable($"The secret {secretId} does not exist or has no current value", error);
        }

        if (string.IsNullOrWhiteSpace(response.SecretString))
        {
            throw Unavailable($"The secret {secretId} holds no token", null);
        }

        var token = OndiloTokenFormat.Parse(response.SecretString);
        Volatile.Write(ref cached, token);
        return token;
    }

    public async Task SaveAsync(OndiloToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        await client.PutSecretValueAsync(
            new PutSecretValueRequest { SecretId = secretId, SecretString = OndiloTokenFormat.Serialize(token) }, cancellationToken);
        Volatile.Write(ref cached, token);
    }

    private TokenUnavailableException Unavailable(string problem, Exception? inner) =>
        new($"{problem} (store one with `ondilo-fanout login --secret-id {secretId}`).", inner);
}
