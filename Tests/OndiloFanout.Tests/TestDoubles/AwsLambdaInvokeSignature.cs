using OndiloFanout.Aws.Signing;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>What the Authorization header of a recorded Lambda Invoke should be, worked out apart from the client under test.</summary>
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
