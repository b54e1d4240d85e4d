using OndiloFanout.Cloud;
using OndiloFanout.Cloud.Signing;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>Fixed credentials.</summary>
internal sealed class AwsFakeCredentialsSource(AwsCredentials credentials) : IAwsCredentialsSource
{
    public static readonly AwsCredentials Example = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token-example");

    public Task<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => Task.FromResult(credentials);
}
