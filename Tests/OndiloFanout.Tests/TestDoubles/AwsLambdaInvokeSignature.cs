using OndiloFanout.Cloud.Signing;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// What the Authorization header of a recorded Lambda Invoke should be: the request as the server received it, signed
/// again for lambda in the test region. It fails when the client signs other headers, body, scope or time than it sends;
/// the signing algorithm itself is checked against AWS's vector and the SDK's signer in <c>Aws.Signing</c>.
/// </summary>
internal static class AwsLambdaInvokeSignature
{
    /// <summary>The recorded request signed again with <see cref="AwsFakeCredentialsSource.Example"/> in <see cref="AwsTestClients.Region"/>, at <paramref name="time"/>, with the headers Invoke sends.</summary>
    public static string Expected(RecordedRequest recorded, Uri endpoint, TimeProvider time)
    {
        using var replay = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, recorded.PathAndQuery.TrimStart('/'))) { Content = new ByteArrayContent(recorded.Body) };
        replay.Content.Headers.ContentType = new("application/json");
        replay.Headers.TryAddWithoutValidation("X-Amz-Invocation-Type", recorded.Headers["X-Amz-Invocation-Type"]);
        new AwsSigV4Signer(time).Sign(replay, recorded.Body, new AwsSigningScope("lambda", AwsTestClients.Region), AwsFakeCredentialsSource.Example);
        return replay.Headers.GetValues("Authorization").Single();
    }
}
