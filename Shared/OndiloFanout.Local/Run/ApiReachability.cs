using System.Net.Sockets;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Local.Run;

/// <summary>
/// Before a run against a real API touches the budget: can this machine open a connection to the API's host (or to the
/// proxy that HTTP calls would go through)? An unreachable host then fails within seconds, naming it, having spent no
/// call, instead of after the scheduler's retries, each counted against the hour's budget although none reached the API.
/// </summary>
internal static class ApiReachability
{
    /// <exception cref="ApiUnreachableException">No connection could be opened within <see cref="ConnectionFailure.ConnectTimeout"/>.</exception>
    public static async Task EnsureAsync(Uri api, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        var proxy = HttpClient.DefaultProxy.IsBypassed(api) ? null : HttpClient.DefaultProxy.GetProxy(api);
        var target = proxy ?? api;
        var through = proxy is null ? "" : $" through the proxy {proxy.Authority}";
        using var timeout = new CancellationTokenSource(ConnectionFailure.ConnectTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(target.Host, target.Port, linked.Token);
        }
        catch (SocketException ex)
        {
            throw new ApiUnreachableException($"Cannot reach the Ondilo API at {api.Authority}{through}: {ConnectionFailure.Reason(ex)}.", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ApiUnreachableException($"Cannot reach the Ondilo API at {api.Authority}{through}: no answer within {ConnectionFailure.ConnectTimeout.TotalSeconds:0} s.", ex);
        }
    }
}
