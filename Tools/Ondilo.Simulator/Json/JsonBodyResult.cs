namespace Ondilo.Simulator.Json;

/// <summary>A response whose body was already written as bytes (JSON written by hand, no reflection).</summary>
internal sealed class JsonBodyResult : IResult
{
    private readonly int statusCode;
    private readonly byte[] body;
    private readonly string contentType;

    public JsonBodyResult(int statusCode, byte[] body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        this.statusCode = statusCode;
        this.body = body;
        this.contentType = contentType;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = contentType;
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
