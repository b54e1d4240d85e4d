using System.Net;

namespace OndiloFanout.Ondilo;

/// <summary>A failed call to the Ondilo API, typed by what the caller should do about it.</summary>
public sealed class OndiloApiException : Exception
{
    public OndiloApiException(OndiloFailure failure, string endpoint, HttpStatusCode? statusCode, string message, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        Endpoint = endpoint;
        StatusCode = statusCode;
    }

    public OndiloFailure Failure { get; }

    /// <summary>The path called, without query secrets (e.g. <c>/api/customer/v1/pools/12/measures</c>).</summary>
    public string Endpoint { get; }

    /// <summary>The HTTP status, or <c>null</c> when no response arrived (timeout, reset).</summary>
    public HttpStatusCode? StatusCode { get; }
}
