using System.Net.Sockets;

namespace OndiloFanout.Ondilo;

/// <summary>
/// A call that never reached the server: the host refused the connection, has no address, or did not answer the
/// connect. Retrying within the same run does not help, and the message should name the host.
/// </summary>
public static class ConnectionFailure
{
    /// <summary>How long opening a connection may take: a host that does not answer fails in seconds, not at the request timeout.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>A short reason ("connection refused", "unknown host") when <paramref name="exception"/> is such a failure, else null.</summary>
    public static string? ReasonOf(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SocketException socket:
                    // Reset or aborted once open: the request went out, so the call is an ordinary transient failure.
                    return socket.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown ? null : Reason(socket);
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }:
                    return "unknown host";
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError } http
                    when http.InnerException is not SocketException:
                    return http.InnerException is TimeoutException ? "no answer to the connection" : "the connection failed";
            }
        }

        return null;
    }

    public static string Reason(SocketException socket) => socket.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => "connection refused",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "unknown host",
        SocketError.TimedOut => "no answer to the connection",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable => "no route to the host",
        _ => socket.Message,
    };
}
