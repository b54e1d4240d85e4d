using Ondilo.Simulator.Hosting;
using Ondilo.Simulator.Json;

namespace Ondilo.Simulator.Faults;

/// <summary>
/// Answers a drawn share of API and token requests (or only those under a path prefix) with one of the failures seen
/// in the wild.
/// </summary>
internal static class FaultMiddleware
{
    private const string NginxBadGateway =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    public static IApplicationBuilder UseFaults(this IApplicationBuilder app, FaultInjector injector, string? pathPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(injector);
        return app.Use(async (HttpContext context, RequestDelegate next) =>
        {
            var path = context.Request.Path.Value ?? string.Empty;
            var targeted = SimulatorPaths.IsMetered(path) && (pathPrefix is null || path.StartsWith(pathPrefix, StringComparison.Ordinal));
            var fault = targeted ? injector.Next() : FaultKind.None;
            switch (fault)
            {
                case FaultKind.None:
                    await next(context);
                    break;
                case FaultKind.ServerError:
                    await JsonBody.Error(StatusCodes.Status500InternalServerError, "Internal Server Error").ExecuteAsync(context);
                    break;
                case FaultKind.BadGateway:
                    await JsonBody.Text(StatusCodes.Status502BadGateway, NginxBadGateway, "text/html").ExecuteAsync(context);
                    break;
                case FaultKind.ServiceUnavailable:
                    await JsonBody.Error(StatusCodes.Status503ServiceUnavailable, "Service unavailable, try again later").ExecuteAsync(context);
                    break;
                case FaultKind.TruncatedJson:
                    await TruncateAsync(context, next);
                    break;
                case FaultKind.ConnectionReset:
                    context.Abort();
                    break;
                case FaultKind.Timeout:
                    await HoldAsync(context);
                    break;
                default:
                    throw new InvalidOperationException($"Unhandled fault kind {fault}.");
            }
        });
    }

    /// <summary>Answers nothing until the client gives up (or the server stops), then drops the connection.</summary>
    private static async Task HoldAsync(HttpContext context)
    {
        try
        {
            // No clock involved: an infinite wait that only the client's giving up ends.
#pragma warning disable RS0030
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
#pragma warning restore RS0030
        }
        catch (OperationCanceledException)
        {
            // The client went away: exactly what a timeout looks like from here.
        }

        context.Abort();
    }

    /// <summary>Runs the real endpoint, then sends a 200 with only the first half of its body.</summary>
    private static async Task TruncateAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var full = buffer.ToArray();
        var cut = full.Length >= 2 ? full.AsMemory(0, full.Length / 2) : "[{"u8.ToArray();
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = cut.Length;
        await original.WriteAsync(cut, context.RequestAborted);
    }
}
