using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OndiloFanout.Cli.Login;

/// <summary>
/// The OAuth redirect target: <c>http://127.0.0.1:&lt;port&gt;/callback</c>, loopback only, answering one request,
/// then closed. A busy port is a clear error, not a silent fallback.
/// </summary>
internal sealed class LoopbackCallback : IDisposable
{
    private readonly HttpListener _listener = new();

    private LoopbackCallback(int port)
    {
        RedirectUri = new Uri($"http://127.0.0.1:{port}/callback");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/callback/");
        try
        {
            _listener.Start();
        }
        catch (HttpListenerException ex)
        {
            throw new LoginException($"Port {port} on 127.0.0.1 is in use ({ex.Message}); choose another with --port, or leave it out for a free one.");
        }
    }

    public Uri RedirectUri { get; }

    /// <summary>Listens on <paramref name="port"/>, or on a free port when it is 0.</summary>
    public static LoopbackCallback Start(int port) => new(port == 0 ? FreePort() : port);

    /// <summary>Waits for the browser's redirect, answers it with a short page, and returns its URL.</summary>
    public async Task<Uri> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        HttpListenerContext context;
        try
        {
            context = await _listener.GetContextAsync().WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LoginException($"No answer from the browser within {timeout.TotalSeconds:0} s; nothing was stored. Run login again, or use --paste on a machine without a browser.");
        }

        var page = Encoding.UTF8.GetBytes("<!doctype html><title>ondilo-fanout</title><p>ondilo-fanout received the answer. You can close this window.</p>");
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength64 = page.Length;
        await context.Response.OutputStream.WriteAsync(page, cancellationToken);
        context.Response.Close();
        return context.Request.Url ?? throw new LoginException("The callback request had no URL.");
    }

    public void Dispose() => ((IDisposable)_listener).Dispose();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
