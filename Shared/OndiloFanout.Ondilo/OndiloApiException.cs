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

    /// <summary>The HTTP status, or <c>null</c> when no response arrived (timeout, reset) or the shared budget refused the call.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>
    /// The API answered with its quota refusal (or a 400 that may be it): it blocks the account until the hour ends,
    /// so no instance should call before then. False for the shared budget's own refusals, which reached no API.
    /// </summary>
    public bool EndsTheHour => StatusCode is not null && Failure is OndiloFailure.QuotaExhausted or OndiloFailure.AmbiguousRefusal;
}
