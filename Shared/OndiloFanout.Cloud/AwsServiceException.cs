using System.Net;

namespace OndiloFanout.Cloud;

/// <summary>An error answer of an AWS service: its error type (e.g. <c>ResourceNotFoundException</c>), message, status and request id.</summary>
public sealed class AwsServiceException : Exception
{
    public AwsServiceException(string errorType, string message, HttpStatusCode statusCode, string? requestId)
        : base($"{errorType} ({(int)statusCode}): {message}")
    {
        ErrorType = errorType;
        ErrorMessage = message;
        StatusCode = statusCode;
        RequestId = requestId;
    }

    /// <summary>The error name without namespace, e.g. <c>ThrottlingException</c>.</summary>
    public string ErrorType { get; }

    /// <summary>The service's own message.</summary>
    public string ErrorMessage { get; }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The <c>x-amzn-RequestId</c> of the answer, for AWS support.</summary>
    public string? RequestId { get; }
}
