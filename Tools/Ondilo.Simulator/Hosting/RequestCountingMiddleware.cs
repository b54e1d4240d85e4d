namespace Ondilo.Simulator.Hosting;

/// <summary>First in the pipeline: counts every request, then applies the configured latency.</summary>
internal static class RequestCountingMiddleware
{
    public static IApplicationBuilder UseRequestCounting(this IApplicationBuilder app, RequestCounter counter, TimeSpan latency, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(counter);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return app.Use(async (HttpContext context, RequestDelegate next) =>
        {
            counter.Add(context.Request.Path.Value ?? string.Empty);
            if (latency > TimeSpan.Zero)
            {
                // The TimeProvider overload lets a fake clock drive the delay in tests.
                await Task.Delay(latency, timeProvider, context.RequestAborted);
            }

            await next(context);
        });
    }
}
