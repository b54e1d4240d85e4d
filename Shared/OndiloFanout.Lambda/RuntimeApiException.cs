namespace OndiloFanout.Lambda;

/// <summary>The Runtime API refused a call (a 4xx, or an answer missing a required header).</summary>
internal class RuntimeApiException : Exception
{
    public RuntimeApiException(string message, int statusCode)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status, or 0 when the answer was malformed rather than refused.</summary>
    public int StatusCode { get; }
}
