using Ondilo.Simulator.Hosting;
using Ondilo.Simulator.Json;

namespace Ondilo.Simulator.Quota;

/// <summary>
/// Counts API and token requests against the quota; an API request over it gets the documented HTTP 400.
/// Token requests count but are never refused: a 400 from the token endpoint would read as a revoked login.
/// </summary>
internal static class QuotaMiddleware
{
    public const string QuotaExceededMessage = "Too many requests, quota exceeded";

    public static IApplicationBuilder UseQuota(this IApplicationBuilder app, QuotaLimiter limiter)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        return app.Use(async (HttpContext context, RequestDelegate next) =>
        {
            var path = context.Request.Path.Value ?? string.Empty;
            if (SimulatorPaths.IsMetered(path) && !limiter.TryAcquire() && SimulatorPaths.IsApi(path))
            {
                await JsonBody.Error(StatusCodes.Status400BadRequest, QuotaExceededMessage).ExecuteAsync(context);
                return;
            }

            await next(context);
        });
    }
}
