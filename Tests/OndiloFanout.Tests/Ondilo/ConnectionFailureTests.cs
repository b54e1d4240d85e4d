using System.Net.Sockets;
using OndiloFanout.Ondilo;
using Xunit;

namespace OndiloFanout.Tests.Ondilo;

public sealed class ConnectionFailureTests
{
    [Theory]
    [InlineData(SocketError.ConnectionRefused, "connection refused")]
    [InlineData(SocketError.HostNotFound, "unknown host")]
    [InlineData(SocketError.TimedOut, "no answer to the connection")]
    [InlineData(SocketError.HostUnreachable, "no route to the host")]
    public void ReasonOf_ConnectionNeverOpened_NamesWhy(SocketError error, string reason) =>
        Assert.Equal(reason, ConnectionFailure.ReasonOf(Sent(new SocketException((int)error))));

    [Fact]
    public void ReasonOf_ConnectionResetAfterTheRequestWentOut_NullSoTheCallIsRetried() =>
        Assert.Null(ConnectionFailure.ReasonOf(Sent(new SocketException((int)SocketError.ConnectionReset))));

    // As HttpClient reports a socket's failure: a request exception over an I/O exception over the socket's.
    private static OndiloApiException Sent(SocketException socket) =>
        new(OndiloFailure.Transient, "/pools", null, "GET /pools failed.", new HttpRequestException("sending", new IOException("transport", socket)));
}
