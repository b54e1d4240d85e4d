using Ondilo.Simulator.Hosting;
using Ondilo.Simulator.Json;

namespace Ondilo.Simulator.Auth;

/// <summary>Requires a valid, unexpired bearer token on every API request (401 otherwise).</summary>
internal static class BearerMiddleware
{
    private const string Scheme = "Bearer ";

    public static IApplicationBuilder UseBearerAuthentication(this IApplicationBuilder app, TokenRegistry tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return app.Use(async (HttpContext context, RequestDelegate next) =>
        {
            if (SimulatorPaths.IsApi(context.Request.Path.Value ?? string.Empty) && !IsAuthorized(context, tokens))
            {
                await JsonBody.Error(StatusCodes.Status401Unauthorized, "Unauthorized").ExecuteAsync(context);
                return;
            }

            await next(context);
        });
    }

    private static bool IsAuthorized(HttpContext context, TokenRegistry tokens)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && tokens.IsAccessTokenValid(header[Scheme.Length..].Trim());
    }
}
