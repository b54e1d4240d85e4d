using OndiloFanout.Cloud.Signing;

namespace OndiloFanout.Cloud;

/// <summary>Supplies current credentials for signing; implementations refresh temporary credentials before they expire.</summary>
public interface IAwsCredentialsSource
{
    Task<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken);
}
