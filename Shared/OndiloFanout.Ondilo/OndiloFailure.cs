namespace OndiloFanout.Ondilo;

/// <summary>What a failed Ondilo call means for the caller.</summary>
public enum OndiloFailure
{
    /// <summary>The hourly quota is spent (HTTP 400 quota answer, or 429): wait for the next hour.</summary>
    QuotaExhausted,
    /// <summary>The access token was refused even after one refresh.</summary>
    Unauthorized,
    /// <summary>The token endpoint rejected the refresh token: the user must run <c>ondilo-fanout login</c>.</summary>
    LoginRequired,
    /// <summary>5xx, an HTML error page, a timeout or a dropped connection: retry later.</summary>
    Transient,
    /// <summary>The body was not the JSON the endpoint documents.</summary>
    BadResponse,
    /// <summary>Any other 4xx: the request itself is wrong; retrying will not help.</summary>
    Rejected,
    /// <summary>
    /// The token endpoint answered 400 naming neither a revoked login (<c>invalid_grant</c>) nor the quota. Handled as
    /// both, since either could be behind it: the hour's budget is emptied, and the attempt counts as a failed one, so
    /// a cause that lasts ends in the dead-letter queue with this reason.
    /// </summary>
    AmbiguousRefusal,
}
