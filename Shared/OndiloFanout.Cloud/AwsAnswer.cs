using System.Net;
using System.Net.Http.Headers;

namespace OndiloFanout.Cloud;

/// <summary>A 2xx answer, read whole (its headers stay readable once the response is disposed: only the content is).</summary>
public sealed record AwsAnswer(HttpStatusCode StatusCode, byte[] Body, HttpResponseHeaders Headers)
{
    public string? Header(string name) => AwsSignedSender.FirstHeader(Headers, name);
}
