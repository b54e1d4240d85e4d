using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using OndiloFanout.Cloud.Signing;

namespace OndiloFanout.Cloud;

/// <summary>
/// The AWS SDK's default chain (environment variables — what Lambda provides, with a session token —, web identity,
/// profile, container, instance metadata). The SDK's credential objects refresh themselves before they expire.
/// </summary>
public sealed class DefaultAwsCredentialsSource : IAwsCredentialsSource, IDisposable
{
    private readonly DefaultAWSCredentialsIdentityResolver resolver = new();
    private readonly SemaphoreSlim resolveLock = new(1, 1);
    private AWSCredentials? credentials;

    public async Task<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        var resolved = credentials ?? await ResolveAsync(cancellationToken);
        var current = await resolved.GetCredentialsAsync().WaitAsync(cancellationToken);
        return new AwsCredentials(current.AccessKey, current.SecretKey, current.UseToken ? current.Token : null);
    }

    public void Dispose()
    {
        resolver.Dispose();
        resolveLock.Dispose();
    }

    private async Task<AWSCredentials> ResolveAsync(CancellationToken cancellationToken)
    {
        await resolveLock.WaitAsync(cancellationToken);
        try
        {
            return credentials ??= await resolver.ResolveIdentityAsync(null, cancellationToken);
        }
        finally
        {
            resolveLock.Release();
        }
    }
}
